using System.Text;
using QaBot.Core.Corpus;
using QaBot.Core.Passages;
using QaBot.Core.Tests.Text;
using QaBot.Core.Text;

namespace QaBot.Core.Tests.Passages;

/// <summary>
/// PassageBuilder as it was before its per-paragraph lists and LINQ went, splitting with the reference splitter
/// and counting words with a character loop; the fast code must give the same passages. The original summary:
/// Cuts an article into passages a person can read in a chat reply: short paragraphs are merged until a
/// passage holds <see cref="PassageOptions.MinWords"/>, long ones are cut between sentences, never inside
/// one, and a sub-heading always starts a new passage.
/// </summary>
internal sealed class PassageBuilderReference(PassageOptions? options = null)
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
        var spans = SentenceSplitterReference.Split(paragraph);
        var sentences = new List<SentenceText>(spans.Count);
        foreach (var span in spans)
        {
            sentences.Add(new SentenceText(paragraph, span, WordCount.Of(paragraph.AsSpan(span.Start, span.Length))));
        }

        return sentences;
    }

    /// <summary>A sentence: its span in the paragraph it comes from, and its word count.</summary>
    private readonly record struct SentenceText(string Paragraph, TextSpan Span, int Words)
    {
        public ReadOnlySpan<char> Text => Paragraph.AsSpan(Span.Start, Span.Length);
    }

    /// <summary>The passage being filled: its sentences and word count.</summary>
    private sealed class Accumulator
    {
        private readonly List<(SentenceText Sentence, bool NewParagraph)> _sentences = [];
        private bool _newParagraph;

        public int Words { get; private set; }

        public void StartParagraph() => _newParagraph = true;

        public void Add(SentenceText sentence)
        {
            _sentences.Add((sentence, _newParagraph && _sentences.Count > 0));
            _newParagraph = false;
            Words += sentence.Words;
        }

        public void FlushInto(List<Passage> passages, string? section)
        {
            if (_sentences.Count == 0)
            {
                return;
            }

            var leadIn = passages.Count == 0 ? null : passages[^1].SentenceText(passages[^1].Sentences.Count - 1);
            var (text, spans) = IsWholeParagraph() ? (_sentences[0].Sentence.Paragraph, _sentences.Select(s => s.Sentence.Span).ToArray()) : Join();
            passages.Add(new Passage(passages.Count, section, text, spans, leadIn));
            _sentences.Clear();
            Words = 0;
        }

        /// <summary>
        /// Whether the sentences are all of one paragraph, which holds nothing else but one space between
        /// each two: then the paragraph is the passage text as it is (most passages of short articles).
        /// </summary>
        private bool IsWholeParagraph()
        {
            var paragraph = _sentences[0].Sentence.Paragraph;
            var end = 0;
            for (var i = 0; i < _sentences.Count; i++)
            {
                var (sentence, _) = _sentences[i];
                if (!ReferenceEquals(sentence.Paragraph, paragraph) || sentence.Span.Start != (i == 0 ? 0 : end + 1)
                    || (i > 0 && paragraph[end] != ' '))
                {
                    return false;
                }

                end = sentence.Span.Start + sentence.Span.Length;
            }

            return end == paragraph.Length;
        }

        /// <summary>The sentences joined: a space within a paragraph, a line break between paragraphs.</summary>
        private (string Text, TextSpan[] Spans) Join()
        {
            var text = new StringBuilder();
            var spans = new TextSpan[_sentences.Count];
            for (var i = 0; i < _sentences.Count; i++)
            {
                var (sentence, newParagraph) = _sentences[i];
                if (i > 0)
                {
                    text.Append(newParagraph ? '\n' : ' ');
                }

                spans[i] = new TextSpan(text.Length, sentence.Span.Length);
                text.Append(sentence.Text);
            }

            return (text.ToString(), spans);
        }
    }
}
