using QaBot.Core.Indexing;

namespace QaBot.Cli.Commands;

/// <summary>Builds the index from the corpus when there is none yet, so a first question just works.</summary>
internal static class IndexBootstrap
{
    public static void EnsureIndex(string indexPath, string corpusPath, CancellationToken cancellationToken)
    {
        if (IndexExists(indexPath))
        {
            return;
        }

        Console.Error.WriteLine($"No index at '{indexPath}' yet: building it from '{corpusPath}'...");
        var report = new CorpusIndexer(new IndexerOptions { CorpusPath = corpusPath, IndexPath = indexPath })
            .Run(rebuild: false, progress: null, cancellationToken);
        Console.Error.WriteLine($"Indexed {report.Articles} articles, {report.Passages} passages.");
    }

    /// <summary>
    /// Whether the folder holds a commit: a <c>segments_N</c> file (or the older <c>segments.gen</c>), the same
    /// test as Lucene's <c>DirectoryReader.IndexExists</c>. It is made on file names so that the index is opened
    /// once, by the answer service, and a question does not pay for opening it twice.
    /// </summary>
    private static bool IndexExists(string indexPath) =>
        Directory.Exists(indexPath)
        && Directory.EnumerateFiles(indexPath)
            .Select(Path.GetFileName)
            .Any(name => name!.StartsWith("segments_", StringComparison.Ordinal) || name == "segments.gen");
}
