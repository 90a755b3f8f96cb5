namespace QaBot.Core.Corpus.Cleaning;

/// <summary>The cleaning rules in the order they must run.</summary>
internal static class CleaningPipeline
{
    /// <summary>
    /// Order matters: markup goes first so later rules see words; the end marker cuts before furniture is judged
    /// line by line; bylines are read before the breadcrumb and menu rules could take them; the headline is
    /// chosen once page furniture is gone and before the run rule, which would take a headline-plus-deck header;
    /// token repair runs on what is kept, so junk lines are not counted twice.
    /// </summary>
    public static IReadOnlyList<ICleaningRule> Rules { get; } =
    [
        new InlineMarkupRule(),
        new DecorationLineRule(),
        new EndMarkerRule(),
        new BylineRule(),
        new CopyrightRule(),
        new RegistrationRule(),
        new PageChromeRule(),
        new ImagePlaceholderRule(),
        new PhotoCaptionRule(),
        new EditionSwitcherRule(),
        new BreadcrumbRule(),
        new CreditFooterRule(),
        new AuthorBioRule(),
        new DatelineRule(),
        new HeadlineRule(),
        new ShortLineRunRule(),
        new TrailingShortLinesRule(),
        new TokenRepairRule(),
        new DuplicateParagraphRule(),
    ];

    public static void Run(ArticleDraft draft)
    {
        foreach (var rule in Rules)
        {
            rule.Apply(draft);
        }
    }
}
