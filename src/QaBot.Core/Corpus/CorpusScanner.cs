using QaBot.Core.Indexing;

namespace QaBot.Core.Corpus;

/// <summary>Finds the article files in a corpus folder.</summary>
public static class CorpusScanner
{
    // Hidden files are filtered by name below, on every platform; the attribute filter is turned off so that
    // what is skipped does not depend on the operating system's idea of "hidden".
    private static readonly EnumerationOptions Listing = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    /// <summary>
    /// Lists every file under <paramref name="corpusDirectory"/>, recursively. Files with a supported extension
    /// (.txt .md .markdown .html .htm, any case) are returned; others are listed as skipped with the reason.
    /// Files and folders whose names start with '.' are passed over silently, and symbolic links to folders are
    /// not followed (they could loop) but are listed as skipped. Both lists are ordinal-sorted by relative path.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist; callers check first.</exception>
    public static CorpusScan Scan(string corpusDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(corpusDirectory);
        var root = new DirectoryInfo(Path.GetFullPath(corpusDirectory));
        if (!root.Exists)
        {
            throw new DirectoryNotFoundException($"The corpus folder '{root.FullName}' does not exist.");
        }

        var files = new List<CorpusFile>();
        var skipped = new List<SkippedFile>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = directory.EnumerateFileSystemInfos("*", Listing).ToList();
            }
            catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && directory != root)
            {
                // One unreadable subfolder should not hide the rest of the corpus; the report says which.
                skipped.Add(new SkippedFile(Relative(root, directory) + "/", $"unreadable folder: {ex.Message}"));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var relative = Relative(root, entry);
                if (entry is DirectoryInfo subdirectory)
                {
                    if (subdirectory.LinkTarget is null)
                    {
                        pending.Push(subdirectory);
                    }
                    else
                    {
                        skipped.Add(new SkippedFile(relative + "/", "symbolic link to a folder, not followed"));
                    }
                }
                else if (CorpusFormats.TryGetFormat(entry.Name, out _))
                {
                    files.Add(new CorpusFile(entry.FullName, relative));
                }
                else
                {
                    skipped.Add(new SkippedFile(relative, CorpusFormats.UnsupportedReason(entry.Name)));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        skipped.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return new CorpusScan(files.AsReadOnly(), skipped.AsReadOnly());
    }

    private static string Relative(DirectoryInfo root, FileSystemInfo entry) =>
        Path.GetRelativePath(root.FullName, entry.FullName).Replace('\\', '/');
}
