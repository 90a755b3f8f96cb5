using System.Globalization;

namespace QaBot.Benchmarks.Harness;

/// <summary>
/// What this process has had read from the disk itself, not from the page cache: a run whose article
/// files were evicted from memory (the system dropped its caches) reads them from the disk, and measures
/// the disk rather than the indexer. Linux tells it in <c>/proc/self/io</c>; elsewhere it reads as 0.
/// </summary>
internal static class DiskReads
{
    private const string Key = "read_bytes:";

    public static long Bytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/io"))
            {
                if (line.StartsWith(Key, StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(Key.Length).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed to look: the figure is unknown.
        }

        return 0;
    }
}
