using QaBot.Core.Text;

namespace QaBot.Core.Passages;

/// <summary>A readable piece of an article: whole sentences from one or more paragraphs.</summary>
/// <param name="Ordinal">0 for the article's first passage.</param>
/// <param name="Section">The sub-heading the passage stands under, if any.</param>
/// <param name="Text">The passage text; paragraphs are separated by a line break.</param>
/// <param name="Sentences">Each sentence's span in <paramref name="Text"/>, in order.</param>
/// <param name="LeadIn">The sentence before the passage in the article, which often names what the passage goes on about.</param>
public sealed record Passage(int Ordinal, string? Section, string Text, IReadOnlyList<TextSpan> Sentences, string? LeadIn = null)
{
    public string SentenceText(int index) => Text.Substring(Sentences[index].Start, Sentences[index].Length);
}
