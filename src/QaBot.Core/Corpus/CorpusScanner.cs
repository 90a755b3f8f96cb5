using System.IO.Enumeration;
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
        Walk(root.FullName, string.Empty, files, skipped);
        skipped.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return new CorpusScan(files.AsReadOnly(), skipped.AsReadOnly());
    }

    /// <summary>
    /// Lists one folder and, depth first, the folders under it. Each folder's entries are visited in the
    /// ordinal order of their names with a '/' after a folder's, which is the order of the full relative
    /// paths: the files come out sorted without sorting them all at the end.
    /// </summary>
    private static void Walk(string directory, string relativeDirectory, List<CorpusFile> files, List<SkippedFile> skipped)
    {
        Entry[] entries;
        try
        {
            entries = [.. new FileSystemEnumerable<Entry>(directory, ToEntry, Listing)];
        }
        catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && relativeDirectory.Length > 0)
        {
            // One unreadable subfolder should not hide the rest of the corpus; the report says which.
            skipped.Add(new SkippedFile(relativeDirectory + "/", $"unreadable folder: {ex.Message}"));
            return;
        }

        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
        foreach (var entry in entries)
        {
            var name = entry.Name;
            if (name.StartsWith('.'))
            {
                continue;
            }

            var relative = relativeDirectory.Length == 0 ? name : string.Concat(relativeDirectory, "/", name);
            if (entry.IsFolder)
            {
                Walk(Path.Join(directory, name), relative, files, skipped);
            }
            else if (entry.IsLinkToFolder)
            {
                skipped.Add(new SkippedFile(relative + "/", "symbolic link to a folder, not followed"));
            }
            else if (CorpusFormats.TryGetFormat(name, out _))
            {
                files.Add(new CorpusFile(Path.Join(directory, name), relative));
            }
            else
            {
                skipped.Add(new SkippedFile(relative, CorpusFormats.UnsupportedReason(name)));
            }
        }
    }

    /// <summary>
    /// A folder entry as the listing reads it. A file's attributes are never asked for: on Linux that is a
    /// system call per file. Only folders are checked for being links.
    /// </summary>
    private static Entry ToEntry(ref FileSystemEntry entry)
    {
        var name = entry.FileName.ToString();
        if (!entry.IsDirectory)
        {
            return new Entry(name, name, false, false);
        }

        var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        return new Entry(name, isLink ? name : name + "/", !isLink, isLink);
    }

    /// <param name="Name">The file or folder name.</param>
    /// <param name="SortKey">The name, with a '/' after a followed folder's, as its paths compare.</param>
    /// <param name="IsFolder">A folder to walk into.</param>
    /// <param name="IsLinkToFolder">A symbolic link to a folder, which is not followed.</param>
    private readonly record struct Entry(string Name, string SortKey, bool IsFolder, bool IsLinkToFolder);
}
