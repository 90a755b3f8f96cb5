using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace QaBot.Core.Corpus;

/// <summary>Reads an article file whole, with its time stamp, from one open.</summary>
internal static partial class ArticleFile
{
    // Linux's open(2) flags: read only, not inherited by child processes, never waiting on a FIFO.
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;

    // posix_fadvise(2): the whole file will be read soon.
    private const int WillNeed = 3;

    /// <summary>
    /// The file's content and last write time (UTC ticks). Others may write or delete it meanwhile; a later
    /// run sees the change.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read, is not a regular file, or is larger than an array can hold (on Linux also a folder).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read (elsewhere also a folder).</exception>
    public static (byte[] Content, long ModifiedTicks) Read(string path)
    {
        using var handle = Open(path);
        var modified = File.GetLastWriteTimeUtc(handle).Ticks;
        var length = Length(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{length} bytes is more than an article can hold");
        }

        var content = new byte[length];
        var read = 0;
        while (read < content.Length)
        {
            var n = RandomAccess.Read(handle, content.AsSpan(read), read);
            if (n == 0)
            {
                // Cut short while being read: index what is there.
                return (content[..read], modified);
            }

            read += n;
        }

        return (content, modified);
    }

    /// <summary>
    /// Asks the system to start reading the file into memory and returns at once (Linux; elsewhere
    /// nothing), so that a later <see cref="Read"/> finds it there. A file that cannot be opened is left
    /// to that read to report.
    /// </summary>
    public static void ReadAhead(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var descriptor = NativeOpen(path, ReadOnly | NonBlocking | CloseOnExec);
        if (descriptor >= 0)
        {
            using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
            _ = NativeAdvise(handle, 0, 0, WillNeed);
        }
    }

    private static long Length(SafeFileHandle handle)
    {
        try
        {
            return RandomAccess.GetLength(handle);
        }
        catch (NotSupportedException)
        {
            throw new IOException("not a regular file (a pipe or a device)");
        }
    }

    /// <summary>
    /// On Linux the C library opens the file: .NET's own open adds an advisory lock, taken and released with
    /// two more system calls, and a status call, for sharing rules a reader of articles has no use for (about
    /// 2 of a file's 8 µs). Elsewhere, or when that open fails, .NET's open, whose exception says what is wrong.
    /// </summary>
    private static SafeFileHandle Open(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var descriptor = NativeOpen(path, ReadOnly | NonBlocking | CloseOnExec);
            if (descriptor >= 0)
            {
                return new SafeFileHandle(descriptor, ownsHandle: true);
            }
        }

        return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int NativeOpen(string path, int flags);

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int NativeAdvise(SafeFileHandle descriptor, long offset, long length, int advice);
}
