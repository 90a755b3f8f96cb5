using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace QaBot.Core.Analysis;

/// <summary>Runs text through an analyzer and returns its terms.</summary>
public static class TokenReader
{
    public static IReadOnlyList<AnalyzedToken> Read(Analyzer analyzer, string field, string text) =>
        Analyze(analyzer, field, text, (term, position, startOffset, endOffset, type) =>
        {
            var start = Math.Clamp(startOffset, 0, text.Length);
            var end = Math.Clamp(endOffset, start, text.Length);
            return new AnalyzedToken(term, position, text[start..end], type == SynonymFilter.TYPE_SYNONYM, start);
        });

    /// <summary>The terms of <paramref name="text"/> as the index stores them, without copying the words they came from.</summary>
    public static List<IndexToken> ReadForIndex(Analyzer analyzer, string field, string text) =>
        Analyze(analyzer, field, text, (term, position, start, end, _) => new IndexToken(term, position, start, end));

    /// <summary>One token of the stream each: its term, position, offsets and type.</summary>
    private static List<T> Analyze<T>(Analyzer analyzer, string field, string text, Func<string, int, int, int, string, T> token)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(text);
        // About one kept term per eight characters of English; the list rarely has to grow.
        var tokens = new List<T>(4 + (text.Length / 8));
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(token(term.ToString(), position, offset.StartOffset, offset.EndOffset, type.Type));
        }

        stream.End();
        return tokens;
    }
}
