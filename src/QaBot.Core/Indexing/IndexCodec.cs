using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene40;
using Lucene.Net.Codecs.Lucene46;

namespace QaBot.Core.Indexing;

/// <summary>
/// The index's codec: Lucene 4.6's, except that stored fields, which hold the records, are written as each
/// document arrives, uncompressed, one document after another (Lucene 4.0's format), so a record is read with
/// one seek and no block to decompress. Binary doc values, which held them before, kept every record in the
/// writer's memory until its segment was flushed and only then wrote them (Lucene.Net measures that memory
/// by reflection for each value); Lucene 4.6's stored fields compress 16 KB blocks, one decompressed per
/// record read.
/// </summary>
[CodecName(CodecName)]
public sealed class IndexCodec() : FilterCodec(new Lucene46Codec())
{
    /// <summary>The name Lucene writes in each segment's entry and finds the codec by when it reads one.</summary>
    public const string CodecName = "QaBot1";

    private readonly StoredFieldsFormat _storedFields = new Lucene40StoredFieldsFormat();

    /// <summary>The codec, known to Lucene by its name from the first use on.</summary>
    public static IndexCodec Instance => Registration.Codec;

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <summary>Makes the codec known to Lucene before an index written with it is opened; once per process.</summary>
    internal static void Register() => _ = Registration.Codec;

    private static class Registration
    {
        public static readonly IndexCodec Codec = Create();

        private static IndexCodec Create()
        {
            var codec = new IndexCodec();
            Lucene.Net.Codecs.Codec.SetCodecFactory(new Factory(codec));
            return codec;
        }
    }

    /// <summary>Lucene's codecs and this one, which it hands out itself rather than have it made by reflection.</summary>
    private sealed class Factory(IndexCodec codec) : DefaultCodecFactory
    {
        protected override void Initialize()
        {
            base.Initialize();
            PutCodecType(typeof(IndexCodec));
        }

        protected override Codec GetCodec(Type type) => type == typeof(IndexCodec) ? codec : base.GetCodec(type);
    }
}
