using QaBot.Core.Indexing;

namespace QaBot.Core.Corpus;

public static class CorpusScanner
{
    public static CorpusScan Scan(string corpusDirectory)
    {
        var files = new List<CorpusFile>();
        var skipped = new List<SkippedFile>();
        foreach (var path in Directory.EnumerateFiles(corpusDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(corpusDirectory, path).Replace('\\', '/');
            var ext = Path.GetExtension(path).ToLowerInvariant();
            if (ext is ".txt" or ".md" or ".html" or ".htm")
            {
                files.Add(new CorpusFile(path, rel));
            }
            else
            {
                skipped.Add(new SkippedFile(rel, $"unsupported file type '{ext}'"));
            }
        }

        return new CorpusScan(files, skipped);
    }
}
