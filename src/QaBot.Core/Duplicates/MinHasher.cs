using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace QaBot.Core.Duplicates;

/// <summary>
/// MinHash signatures over word bigrams. Two texts' signatures agree in a share of positions that
/// estimates the Jaccard similarity of their bigram sets, so near-duplicates can be found without
/// comparing texts pairwise.
/// </summary>
public static class MinHasher
{
    /// <summary>Signature length: 128 values, so an estimate's standard error is at most about 0.045.</summary>
    public const int SignatureLength = 128;

    // Position i maps a shingle's mixed 32-bit hash h to a_i·h + b_i (mod 2^32) with a_i odd: a permutation
    // of the 32-bit values, computed for all positions at once with vector instructions. A full mix per
    // position made signing the indexer's largest cost.
    private static readonly uint[] Multipliers = CreateSeeds(0x5EED, odd: true);
    private static readonly uint[] Offsets = CreateSeeds(0xB1A5, odd: false);

    // Texts that can hold this many words (up to 1,023 characters) are hashed in a buffer on the stack.
    private const int StackWords = 512;

    // FNV-1a, with which words are hashed.
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    // For each Latin-1 character, the lower-cased letter or digit it counts as in a word, or '\0' if it is none.
    private static readonly char[] Latin1WordChars = CreateLatin1WordChars();

    public static ushort[] Signature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Signature([text]);
    }

    /// <summary>
    /// The signature of the texts as one, each ending a word (that of the texts joined by line breaks): the low
    /// 16 bits of each of the <see cref="SignatureLength"/> minimums (b-bit MinHash), or empty for a text without
    /// words. Two different minimums agree in their low bits once in 65,536, which moves a similarity by about
    /// 0.00002; the stored signature is a quarter of a kilobyte instead of half of one.
    /// </summary>
    public static ushort[] Signature(ReadOnlySpan<string> texts)
    {
        Span<uint> minimums = stackalloc uint[SignatureLength];
        minimums.Fill(uint.MaxValue);

        // All words are hashed first, then each two neighbours' shingle, then all shingles go into the signature
        // in one pass over its positions. A text of n characters has at most (n + 1) / 2 words, and hashing it
        // writes at most n / 2 + 1 values.
        var maxWords = 0;
        foreach (var text in texts)
        {
            maxWords += (text.Length / 2) + 1;
        }

        ulong[]? rented = null;
        Span<ulong> words = maxWords <= StackWords ? stackalloc ulong[StackWords] : (rented = ArrayPool<ulong>.Shared.Rent(maxWords));
        try
        {
            var count = 0;
            foreach (var text in texts)
            {
                count += HashWords(text, words[count..]);
            }

            if (count == 0)
            {
                return [];
            }

            if (count == 1)
            {
                // A single word is its own shingle.
                words[0] = Mix(words[0]);
                Fold(minimums, words[..1]);
            }
            else
            {
                // In place: shingle i needs words i and i + 1, and overwrites only word i.
                for (var i = 0; i < count - 1; i++)
                {
                    words[i] = Mix((words[i] * 31) ^ words[i + 1]);
                }

                Fold(minimums, words[..(count - 1)]);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }

        var signature = new ushort[SignatureLength];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = (ushort)minimums[i];
        }

        return signature;
    }

    /// <summary>The share of positions where two signatures agree: an estimate of Jaccard similarity (0 when either is empty).</summary>
    public static double Similarity(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        if (a.Length != b.Length || a.IsEmpty)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return (double)same / a.Length;
    }

    /// <summary>
    /// Writes the FNV-1a hash of each word's lower-cased letters and digits to <paramref name="words"/>; returns
    /// how many. Punctuation and case do not matter. The loop does not branch on the text: where words start and
    /// end is unpredictable, and a mispredicted branch at each end cost more than the hashing. The hash so far is
    /// written at words[count] on every character and kept by moving count on at the character after a word; a
    /// character outside words resets the hash to the FNV offset through a mask.
    /// </summary>
    private static int HashWords(ReadOnlySpan<char> text, Span<ulong> words)
    {
        var latin1 = Latin1WordChars;
        var count = 0;
        var hash = FnvOffset;
        var inWord = 0;
        foreach (var c in text)
        {
            var lower = c < latin1.Length ? latin1[c] : WordChar(c);
            var isWord = lower != '\0' ? 1 : 0;
            words[count] = hash;
            count += inWord & (isWord ^ 1);
            var keep = 0UL - (ulong)isWord;
            hash = (((hash ^ lower) * FnvPrime) & keep) | (FnvOffset & ~keep);
            inWord = isWord;
        }

        words[count] = hash;
        return count + inWord;
    }

    private static char WordChar(char c) => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    private static char[] CreateLatin1WordChars()
    {
        var chars = new char[256];
        for (var c = 0; c < chars.Length; c++)
        {
            chars[c] = WordChar((char)c);
        }

        return chars;
    }

    // Takes the minimum of a_i·h + b_i over the shingles' hashes h into each position i. Four vectors of positions and
    // their seeds stay in registers while the hashes stream past: each hash is broadcast once per four vectors,
    // and the signature is loaded and stored once per text instead of once per shingle. 128 is a multiple of
    // four vectors for every vector width (4, 8 or 16 lanes).
    private static void Fold(Span<uint> signature, ReadOnlySpan<ulong> shingles)
    {
        var width = Vector<uint>.Count;
        for (var i = 0; i < signature.Length; i += 4 * width)
        {
            var (i1, i2, i3) = (i + width, i + (2 * width), i + (3 * width));
            var m0 = new Vector<uint>(Multipliers, i);
            var m1 = new Vector<uint>(Multipliers, i1);
            var m2 = new Vector<uint>(Multipliers, i2);
            var m3 = new Vector<uint>(Multipliers, i3);
            var o0 = new Vector<uint>(Offsets, i);
            var o1 = new Vector<uint>(Offsets, i1);
            var o2 = new Vector<uint>(Offsets, i2);
            var o3 = new Vector<uint>(Offsets, i3);
            var s0 = new Vector<uint>(signature[i..]);
            var s1 = new Vector<uint>(signature[i1..]);
            var s2 = new Vector<uint>(signature[i2..]);
            var s3 = new Vector<uint>(signature[i3..]);
            foreach (var shingle in shingles)
            {
                // A shingle's 32-bit hash is the high half of its mix.
                var h = new Vector<uint>((uint)(shingle >> 32));
                s0 = Vector.Min(s0, (m0 * h) + o0);
                s1 = Vector.Min(s1, (m1 * h) + o1);
                s2 = Vector.Min(s2, (m2 * h) + o2);
                s3 = Vector.Min(s3, (m3 * h) + o3);
            }

            s0.CopyTo(signature[i..]);
            s1.CopyTo(signature[i1..]);
            s2.CopyTo(signature[i2..]);
            s3.CopyTo(signature[i3..]);
        }
    }

    // Inlined: the JIT compiles Signature at once with full optimisation (it uses stackalloc) but without
    // profile data, and left the mix a call in the shingle loop.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        // SplitMix64 finaliser: a cheap, well-distributed 64-bit mix.
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    private static uint[] CreateSeeds(ulong state, bool odd)
    {
        var seeds = new uint[SignatureLength];
        for (var i = 0; i < seeds.Length; i++)
        {
            state = Mix(state);
            seeds[i] = (uint)(state >> 32) | (odd ? 1u : 0u);
        }

        return seeds;
    }
}
