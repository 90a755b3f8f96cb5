namespace QaBot.Core.Corpus.Cleaning;

/// <summary>What the source format said about a line before any heuristics ran.</summary>
internal enum LineKind
{
    /// <summary>Unstructured text: a line of a .txt file, a Markdown paragraph, an HTML &lt;p&gt; or loose text. Heuristics decide.</summary>
    Plain,

    /// <summary>An explicit heading: Markdown <c>#</c> or HTML &lt;h1&gt;..&lt;h6&gt;.</summary>
    Heading,

    /// <summary>An explicit list item with some text of its own.</summary>
    ListItem,

    /// <summary>A list item or paragraph that is nothing but one link: the stuff of menus and related-story lists.</summary>
    LinkItem,
}
