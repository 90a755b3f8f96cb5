using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using QaBot.Core.Analysis;

namespace QaBot.Core.Indexing;

/// <summary>
/// A field of tokens analysed beforehand, replayed into Lucene by one stream per thread: Lucene asks for
/// a field's stream when it inverts the field and reads it to the end before it asks for the next, so a
/// stream per field (each with its own attributes, about 1.7 KB) need not be built for every document.
/// </summary>
internal sealed class ReplayedField(string name, IReadOnlyList<IndexToken> tokens, FieldType type) : Field(name, type)
{
    [ThreadStatic]
    private static TokenReplay? t_stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new TokenReplay([]);
        stream.Replay(tokens);
        return stream;
    }
}
