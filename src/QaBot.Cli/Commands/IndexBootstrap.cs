using Lucene.Net.Index;
using Lucene.Net.Store;
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

    private static bool IndexExists(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath))
        {
            return false;
        }

        using var directory = FSDirectory.Open(indexPath);
        return DirectoryReader.IndexExists(directory);
    }
}
