using QaBot.Core.Answers;

namespace QaBot.Core.Indexing;

/// <summary>A <see cref="SourceInfo"/> in a record: the file and title, then publisher, date and address if known.</summary>
internal static class SourceCodec
{
    public static void Write(RecordWriter writer, SourceInfo source)
    {
        writer.Text(source.File);
        writer.Text(source.Title);
        writer.Optional(source.Publisher);
        writer.Optional(source.Published);
        writer.Optional(source.Url);
    }

    public static SourceInfo Read(ref RecordReader reader) =>
        new(reader.Text(), reader.Text(), reader.Optional(), reader.Optional(), reader.Optional());

    /// <summary>The file alone, which a source begins with; the rest of the source is left unread.</summary>
    public static string ReadFile(ref RecordReader reader) => reader.Text();
}
