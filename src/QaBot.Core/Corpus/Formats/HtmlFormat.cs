using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QaBot.Core.Corpus.Cleaning;
using QaBot.Core.Corpus.Decoding;

namespace QaBot.Core.Corpus.Formats;

/// <summary>
/// Reads an HTML page with AngleSharp: metadata from &lt;title&gt; and Open Graph / article meta tags, text from
/// &lt;article&gt; (else &lt;main&gt;, else &lt;body&gt;) without scripts, styles and page furniture. Headings
/// become headings, list items items, and every other block of text (a &lt;p&gt;, loose text) a plain line.
/// </summary>
internal static class HtmlFormat
{
    // Never article text. Furniture elements that held text also count as noise when they sat inside the article.
    private const string Invisible = "script, style, noscript, template, iframe, svg, canvas, object, embed, button, select, textarea";
    private const string Furniture = "nav, header, footer, aside, form, figcaption";

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public static ArticleDraft Read(string html)
    {
        // A parser per call: AngleSharp parsers are not documented as thread-safe, and the reader must be.
        var document = new HtmlParser().ParseDocument(html);
        var metadata = ReadMetadata(document);

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
        {
            return new ArticleDraft([], metadata);
        }

        foreach (var element in root.QuerySelectorAll(Invisible).ToList())
        {
            element.Remove();
        }

        var noise = 0;
        foreach (var element in root.QuerySelectorAll(Furniture).ToList())
        {
            if (element.TextContent.Any(c => !char.IsWhiteSpace(c)))
            {
                noise++;
            }

            element.Remove();
        }

        var collector = new LineCollector();
        collector.Walk(root);
        return new ArticleDraft(collector.Lines, metadata, noise);
    }

    private static MetadataDraft ReadMetadata(IDocument document)
    {
        var metadata = new MetadataDraft();
        metadata.OfferTitle(Clean(Meta(document, "og:title")));
        metadata.OfferTitle(Clean(document.Title));
        metadata.OfferPublisher(Clean(Meta(document, "og:site_name")));
        metadata.OfferUrl(Clean(Meta(document, "og:url")));
        metadata.OfferUrl(Clean(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")));
        metadata.OfferPublished(Clean(Meta(document, "article:published_time")));
        metadata.OfferAuthor(Clean(Meta(document, "author")));
        return metadata;
    }

    // Open Graph names belong in "property", but many sites put them in "name"; either is accepted.
    private static string? Meta(IDocument document, string name) =>
        document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private static string? Clean(string? text) => text is null ? null : TextNormalizer.NormalizeLine(text);

    /// <summary>One node still to visit, with the kind of block it sits in; a null node marks the end of a block.</summary>
    private sealed record Step(INode? Node, LineKind Kind, bool InLink);

    /// <summary>Collects the text of one block at a time; a block boundary ends the current line.</summary>
    private sealed class LineCollector
    {
        private readonly StringBuilder _text = new();
        private int _letters;
        private int _linkLetters;
        private LineKind _kind = LineKind.Plain;

        public List<SourceLine> Lines { get; } = [];

        /// <summary>
        /// Walks the tree below <paramref name="root"/> in document order. The walk keeps its own stack rather
        /// than recursing, so a page of thousands of nested elements cannot overflow the thread's stack.
        /// </summary>
        public void Walk(INode root)
        {
            var pending = new Stack<Step>();
            PushChildren(pending, root, LineKind.Plain, inLink: false);
            while (pending.Count > 0)
            {
                var step = pending.Pop();
                if (step.Node is null)
                {
                    Flush();
                }
                else if (step.Node is IText text)
                {
                    Append(text.Data, step.Kind, step.InLink);
                }
                else if (step.Node is IElement element)
                {
                    Enter(pending, element, step);
                }
            }

            Flush();
        }

        private void Flush()
        {
            var text = TextNormalizer.NormalizeLine(_text.ToString());
            if (text.Length > 0)
            {
                var linkOnly = _letters > 0 && _linkLetters == _letters && _kind != LineKind.Heading;
                Lines.Add(new SourceLine(text, linkOnly ? LineKind.LinkItem : _kind));
            }

            _text.Clear();
            _letters = 0;
            _linkLetters = 0;
            _kind = LineKind.Plain;
        }

        private static void PushChildren(Stack<Step> pending, INode node, LineKind kind, bool inLink)
        {
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push(new Step(children[i], kind, inLink));
            }
        }

        private void Enter(Stack<Step> pending, IElement element, Step step)
        {
            var name = element.LocalName;
            if (name == "br")
            {
                Flush();
                return;
            }

            if (!Blocks.Contains(name))
            {
                PushChildren(pending, element, step.Kind, step.InLink || name == "a");
                return;
            }

            var inner = name switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => LineKind.Heading,
                "li" => LineKind.ListItem,
                _ => step.Kind,
            };

            // A block starts and ends a line: flush now, and push a marker (no node) that flushes after its children.
            Flush();
            pending.Push(new Step(null, step.Kind, step.InLink));
            PushChildren(pending, element, inner, step.InLink);
        }

        private void Append(string data, LineKind kind, bool inLink)
        {
            var letters = data.Count(char.IsLetterOrDigit);
            if (letters > 0)
            {
                _kind = kind;
            }

            _letters += letters;
            _linkLetters += inLink ? letters : 0;
            _text.Append(data.ReplaceLineEndings(" "));
        }
    }
}
