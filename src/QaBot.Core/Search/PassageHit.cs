using QaBot.Core.Answers;
using QaBot.Core.Passages;

namespace QaBot.Core.Search;

/// <summary>A retrieved passage with what ranking and collapsing need.</summary>
internal sealed record PassageHit(
    Passage Passage,
    SourceInfo Source,
    long Group,
    bool Canonical,
    SentenceChoice Sentence,
    double Coverage)
{
    public double Score { get; init; }
}
