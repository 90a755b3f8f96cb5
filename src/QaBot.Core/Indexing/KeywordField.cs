using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace QaBot.Core.Indexing;

/// <summary>
/// A <see cref="StringField"/> (the value as one term) whose token stream is one per thread rather than one
/// per field: the indexer adds several to every document (file, years, kind), and Lucene builds a new
/// stream, with its attributes, for each field object.
/// </summary>
internal sealed class KeywordField(string name, string value, Field.Store store)
    : Field(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
{
    [ThreadStatic]
    private static KeywordStream? t_stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new KeywordStream();
        stream.Value = GetStringValue(System.Globalization.CultureInfo.InvariantCulture);
        return stream;
    }

    /// <summary>One token, the whole value.</summary>
    private sealed class KeywordStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private bool _used;

        public KeywordStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public string Value { get; set; } = string.Empty;

        public override bool IncrementToken()
        {
            if (_used)
            {
                return false;
            }

            ClearAttributes();
            _term.SetEmpty().Append(Value);
            _offset.SetOffset(0, Value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(Value.Length, Value.Length);
        }

        public override void Reset()
        {
            base.Reset();
            _used = false;
        }
    }
}
