namespace QaBot.Core.Tests.Corpus;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("qabot-corpus-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes a file at <paramref name="relativePath"/> (forward slashes), creating folders as needed.</summary>
    public string Write(string relativePath, string content = "The budget rose by 5 percent.")
    {
        var full = System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
