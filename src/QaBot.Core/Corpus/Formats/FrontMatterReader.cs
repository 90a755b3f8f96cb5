using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace QaBot.Core.Corpus.Formats;

/// <summary>
/// Splits YAML front matter (a first line "---", YAML, then a line "---" or "...") off a .txt or .md text.
/// Runs before normalisation, which trims lines and would flatten YAML's indentation.
/// </summary>
internal static partial class FrontMatterReader
{
    public static FrontMatter Split(string text)
    {
        var open = Opening().Match(text);
        if (!open.Success)
        {
            return FrontMatter.None(text);
        }

        var close = Closing().Match(text, open.Length);
        if (!close.Success)
        {
            // No closing line: this is a Markdown rule or a stray dash line, not front matter.
            return FrontMatter.None(text);
        }

        var yaml = text[open.Length..close.Index];
        var body = text[(close.Index + close.Length)..];
        var values = Parse(yaml);
        return values is null
            ? FrontMatter.None(body) with { Broken = true }
            : new FrontMatter(values, body, Broken: false);
    }

    /// <summary>The scalar values of a YAML mapping, keys compared ignoring case; null when the YAML is broken or not a mapping.</summary>
    private static Dictionary<string, string>? Parse(string yaml)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet reports malformed input only by throwing: YamlException for syntax errors and duplicate
            // keys, InvalidOperationException for some unterminated flow collections ("title: [unclosed").
            // A broken header is an expected outcome for scraped files: the caller skips it and counts a noise marker.
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return values;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            return null;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && ValueOf(value) is { } text)
            {
                values.TryAdd(name.Trim(), text);
            }
        }

        return values;
    }

    private static string? ValueOf(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => string.Join(", ", sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value)),
        _ => null,
    };

    [GeneratedRegex(@"\A---[ \t]*\n")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?:---|\.\.\.)[ \t]*(?:\n|\z)", RegexOptions.Multiline)]
    private static partial Regex Closing();
}
