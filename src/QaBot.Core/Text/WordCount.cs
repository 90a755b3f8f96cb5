using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace QaBot.Core.Text;

/// <summary>How many words a text holds: runs of characters other than white space.</summary>
internal static class WordCount
{
    public static int Of(ReadOnlySpan<char> text)
    {
        if (!Vector128.IsHardwareAccelerated || text.Length <= Vector128<ushort>.Count || !Ascii.IsValid(text))
        {
            return OfChars(text, 0, text.IsEmpty || char.IsWhiteSpace(text[0]) ? 0 : 1);
        }

        // A word starts at each character that is not white space after one that is: eight at a time,
        // comparing each character with the one before it (in ASCII, white space is \t to \r and the space).
        ref var chars = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
        var count = char.IsWhiteSpace(text[0]) ? 0 : 1;
        var i = 1;
        for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
        {
            var current = IsAsciiWhiteSpace(Vector128.LoadUnsafe(ref chars, (nuint)i));
            var previous = IsAsciiWhiteSpace(Vector128.LoadUnsafe(ref chars, (nuint)(i - 1)));
            count += BitOperations.PopCount(Vector128.AndNot(previous, current).ExtractMostSignificantBits());
        }

        return OfChars(text, i, count);
    }

    /// <summary>How many words a line holds when only the space (U+0020) separates them, as in cleaned lines.</summary>
    public static int SpaceSeparated(ReadOnlySpan<char> text)
    {
        var count = text.IsEmpty || text[0] == ' ' ? 0 : 1;
        var i = 1;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var chars = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
            var space = Vector128.Create((ushort)' ');
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var current = Vector128.Equals(Vector128.LoadUnsafe(ref chars, (nuint)i), space);
                var previous = Vector128.Equals(Vector128.LoadUnsafe(ref chars, (nuint)(i - 1)), space);
                count += BitOperations.PopCount(Vector128.AndNot(previous, current).ExtractMostSignificantBits());
            }
        }

        for (; i < text.Length; i++)
        {
            if (text[i] != ' ' && text[i - 1] == ' ')
            {
                count++;
            }
        }

        return count;
    }

    // The words starting from position `from` on (not the first character), added to `count`.
    private static int OfChars(ReadOnlySpan<char> text, int from, int count)
    {
        for (var i = Math.Max(from, 1); i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(text[i - 1]))
            {
                count++;
            }
        }

        return count;
    }

    private static Vector128<ushort> IsAsciiWhiteSpace(Vector128<ushort> c) =>
        Vector128.Equals(c, Vector128.Create((ushort)' ')) | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')));
}
