namespace QaBot.Core.Analysis;

/// <summary>
/// A stable 32-bit hash of an analyzed term (FNV-1a over its UTF-16 code units), the same in every
/// process: passage records keep term hashes rather than terms, and a question's terms are hashed to
/// look them up. Two terms of one passage share a hash about once in a hundred million passages.
/// </summary>
public static class TermHash
{
    public static uint Of(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
