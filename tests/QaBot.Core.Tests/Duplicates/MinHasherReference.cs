using System.Numerics;

namespace QaBot.Core.Tests.Duplicates;

/// <summary>
/// MinHasher.Signature as it was before shingles were folded in batches (one vector pass over the signature
/// per shingle). Stored indexes and duplicate groups depend on the values, so the fast code must match it.
/// </summary>
internal static class MinHasherReference
{
    private static readonly uint[] Multipliers = CreateSeeds(0x5EED, odd: true);
    private static readonly uint[] Offsets = CreateSeeds(0xB1A5, odd: false);

    /// <summary>The signature as the indexer keeps it: each minimum's low 16 bits, or empty for a text without words.</summary>
    public static ushort[] Signature(string text)
    {
        var minimums = Minimums(text);
        return minimums is null ? [] : [.. minimums.Select(m => (ushort)m)];
    }

    private static uint[]? Minimums(string text)
    {
        var signature = new uint[128];
        Array.Fill(signature, uint.MaxValue);
        ulong previous = 0;
        var words = 0;
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
                AddShingle(signature, (previous * 31) ^ hash);
            }

            previous = hash;
            hash = offset;
            inWord = false;
        }

        if (words == 1)
        {
            AddShingle(signature, previous);
        }

        return words == 0 ? null : signature;
    }

    private static void AddShingle(uint[] signature, ulong shingle)
    {
        var mixed = new Vector<uint>((uint)(Mix(shingle) >> 32));
        var width = Vector<uint>.Count;
        for (var i = 0; i < signature.Length; i += width)
        {
            var h = (new Vector<uint>(Multipliers, i) * mixed) + new Vector<uint>(Offsets, i);
            Vector.Min(new Vector<uint>(signature, i), h).CopyTo(signature, i);
        }
    }

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    private static uint[] CreateSeeds(ulong state, bool odd)
    {
        var seeds = new uint[128];
        for (var i = 0; i < seeds.Length; i++)
        {
            state = Mix(state);
            seeds[i] = (uint)(state >> 32) | (odd ? 1u : 0u);
        }

        return seeds;
    }
}
