using System.Numerics;

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

    // Shingle hashes held before they are folded into the signature: a ~70-word article is one batch.
    private const int BatchSize = 256;

    public static uint[] Signature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);

        // Shingles are hashed first and folded into the signature a batch at a time: each pass over the
        // 128 positions then loads their seeds once for many shingles instead of once per shingle.
        Span<uint> batch = stackalloc uint[BatchSize];
        var batched = 0;
        ulong previous = 0;
        var words = 0;

        // Words as FNV-1a hashes of their lower-cased letters and digits; punctuation and case do not matter.
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * prime;
                inWord = true;
                continue;
            }

            if (!inWord)
            {
                continue;
            }

            if (++words > 1)
            {
                batch[batched++] = ShingleHash((previous * 31) ^ hash);
                if (batched == batch.Length)
                {
                    Fold(signature, batch);
                    batched = 0;
                }
            }

            previous = hash;
            hash = offset;
            inWord = false;
        }

        if (words == 1)
        {
            batch[batched++] = ShingleHash(previous);
        }

        Fold(signature, batch[..batched]);
        return signature;
    }

    /// <summary>The share of positions where two signatures agree: an estimate of Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length || a.IsEmpty)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i] && a[i] != uint.MaxValue)
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var bytes = new byte[signature.Length * sizeof(uint)];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        var signature = new uint[bytes.Length / sizeof(uint)];
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(bytes)[..signature.Length].CopyTo(signature);
        return signature;
    }

    private static uint ShingleHash(ulong shingle) => (uint)(Mix(shingle) >> 32);

    // Takes the minimum of a_i·h + b_i over the hashes h into each position i. Four vectors of positions and
    // their seeds stay in registers while the hashes stream past: each hash is broadcast once per four vectors,
    // and the signature is loaded and stored once per batch instead of once per shingle. 128 is a multiple of
    // four vectors for every vector width (4, 8 or 16 lanes).
    private static void Fold(uint[] signature, ReadOnlySpan<uint> hashes)
    {
        if (hashes.IsEmpty)
        {
            return;
        }

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
            var s0 = new Vector<uint>(signature, i);
            var s1 = new Vector<uint>(signature, i1);
            var s2 = new Vector<uint>(signature, i2);
            var s3 = new Vector<uint>(signature, i3);
            foreach (var hash in hashes)
            {
                var h = new Vector<uint>(hash);
                s0 = Vector.Min(s0, (m0 * h) + o0);
                s1 = Vector.Min(s1, (m1 * h) + o1);
                s2 = Vector.Min(s2, (m2 * h) + o2);
                s3 = Vector.Min(s3, (m3 * h) + o3);
            }

            s0.CopyTo(signature, i);
            s1.CopyTo(signature, i1);
            s2.CopyTo(signature, i2);
            s3.CopyTo(signature, i3);
        }
    }

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
