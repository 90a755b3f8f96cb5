using System.Text;
using QaBot.Core.Corpus;
using QaBot.Core.Text;

namespace QaBot.Core.Passages;

/// <summary>
/// Cuts an article into passages a person can read in a chat reply: short paragraphs are merged until a
/// passage holds <see cref="PassageOptions.MinWords"/>, long ones are cut between sentences, never inside
/// one, and a sub-heading always starts a new passage.
/// </summary>
public sealed class PassageBuilder(PassageOptions? options = null)
{
    private readonly PassageOptions _options = options ?? new PassageOptions();

    public IReadOnlyList<Passage> Build(IReadOnlyList<ArticleBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var passages = new List<Passage>();
        var current = new Accumulator();
        string? section = null;

        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                current.FlushInto(passages, section);
                section = block.Text;
                continue;
            }

            var sentences = SplitSentences(block.Text);
            if (sentences.Count == 0)
            {
                continue;
            }

            var words = sentences.Sum(s => s.Words);
            if (current.Words > 0 && current.Words + words > _options.MaxWords)
            {
                current.FlushInto(passages, section);
            }

            current.StartParagraph();
            foreach (var sentence in sentences)
            {
                if (current.Words > 0 && current.Words + sentence.Words > _options.MaxWords)
                {
                    current.FlushInto(passages, section);
                }

                current.Add(sentence);
            }

            if (current.Words >= _options.MinWords)
            {
                current.FlushInto(passages, section);
            }
        }

        current.FlushInto(passages, section);
        return passages;
    }

    private static List<SentenceText> SplitSentences(string paragraph)
    {
        var spans = SentenceSplitter.Split(paragraph);
        var sentences = new List<SentenceText>(spans.Count);
        foreach (var span in spans)
        {
            var text = paragraph.Substring(span.Start, span.Length);
            sentences.Add(new SentenceText(text, CountWords(text)));
        }

        return sentences;
    }

    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }

    private readonly record struct SentenceText(string Text, int Words);

    /// <summary>The passage being filled: its text, sentence spans and word count.</summary>
    private sealed class Accumulator
    {
        private readonly StringBuilder _text = new();
        private readonly List<TextSpan> _spans = [];
        private bool _newParagraph;

        public int Words { get; private set; }

        public void StartParagraph() => _newParagraph = true;

        public void Add(SentenceText sentence)
        {
            if (_text.Length > 0)
            {
                _text.Append(_newParagraph ? '\n' : ' ');
            }

            _newParagraph = false;
            _spans.Add(new TextSpan(_text.Length, sentence.Text.Length));
            _text.Append(sentence.Text);
            Words += sentence.Words;
        }

        public void FlushInto(List<Passage> passages, string? section)
        {
            if (_spans.Count == 0)
            {
                return;
            }

            var leadIn = passages.Count == 0 ? null : passages[^1].SentenceText(passages[^1].Sentences.Count - 1);
            passages.Add(new Passage(passages.Count, section, _text.ToString(), [.. _spans], leadIn));
            _text.Clear();
            _spans.Clear();
            Words = 0;
        }
    }
}
