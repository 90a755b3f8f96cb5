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
        Walk(root.FullName, string.Empty, files, skipped, inParallel: true);
        skipped.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return new CorpusScan(files.AsReadOnly(), skipped.AsReadOnly());
    }

    /// <summary>
    /// Lists one folder and, depth first, the folders under it. Each folder's entries are visited in the
    /// ordinal order of their names with a '/' after a folder's, which is the order of the full relative
    /// paths: the files come out sorted without sorting them all at the end. <paramref name="inParallel"/>
    /// walks this folder's subfolders on all cores, each into lists of its own that are then joined in
    /// order: a corpus of a million files in a thousand folders took over a second to list on one core.
    /// </summary>
    private static void Walk(string directory, string relativeDirectory, List<CorpusFile> files, List<SkippedFile> skipped, bool inParallel = false)
    {
        Entry[] entries;
        try
        {
            entries = [.. new FileSystemEnumerable<Entry>(directory, ToEntry, Listing) { ShouldIncludePredicate = IsVisible }];
        }
        catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && relativeDirectory.Length > 0)
        {
            // One unreadable subfolder should not hide the rest of the corpus; the report says which.
            skipped.Add(new SkippedFile(relativeDirectory + "/", $"unreadable folder: {ex.Message}"));
            return;
        }

        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
        var walked = inParallel ? WalkFolders(directory, relativeDirectory, entries) : null;
        foreach (var entry in entries)
        {
            var name = entry.Name;
            if (entry.IsFolder && walked is not null)
            {
                var (folderFiles, folderSkipped) = walked[name];
                files.AddRange(folderFiles);
                skipped.AddRange(folderSkipped);
                continue;
            }

            var relative = Relative(relativeDirectory, name);
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

    /// <summary>What each subfolder to walk holds, by name, listed on all cores.</summary>
    private static Dictionary<string, (List<CorpusFile> Files, List<SkippedFile> Skipped)> WalkFolders(string directory, string relativeDirectory, Entry[] entries)
    {
        var folders = entries.Where(e => e.IsFolder).Select(e => e.Name).ToArray();
        var listed = new (List<CorpusFile> Files, List<SkippedFile> Skipped)[folders.Length];
        Parallel.For(0, folders.Length, i =>
        {
            listed[i] = ([], []);
            Walk(Path.Join(directory, folders[i]), Relative(relativeDirectory, folders[i]), listed[i].Files, listed[i].Skipped);
        });

        var byName = new Dictionary<string, (List<CorpusFile>, List<SkippedFile>)>(folders.Length, StringComparer.Ordinal);
        for (var i = 0; i < folders.Length; i++)
        {
            byName[folders[i]] = listed[i];
        }

        return byName;
    }

    private static string Relative(string relativeDirectory, string name) =>
        relativeDirectory.Length == 0 ? name : string.Concat(relativeDirectory, "/", name);

    /// <summary>Names starting with '.' (hidden files and folders such as .git) are passed over silently.</summary>
    private static bool IsVisible(ref FileSystemEntry entry) => !entry.FileName.StartsWith('.');

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
