using System.Globalization;
using QaBot.Core.Duplicates;

namespace QaBot.Core.Tests.Duplicates;

public sealed class MinHasherTests
{
    /// <summary>Distinct words w0..w(n-1) from <paramref name="first"/>: their bigrams are all distinct too.</summary>
    private static string Words(int first, int count) =>
        string.Join(' ', Enumerable.Range(first, count).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(300)]
    [InlineData(400)]
    public void Similarity_OverlappingTexts_EstimatesTheJaccardOfTheirBigrams(int shift)
    {
        // Two runs of 400 distinct words shifted by `shift`: 399 bigrams each, 399 - shift shared.
        var a = MinHasher.Signature(Words(0, 400));
        var b = MinHasher.Signature(Words(shift, 400));
        var shared = Math.Max(0, 399 - shift);
        var jaccard = shared / (double)((2 * 399) - shared);

        // Three and a half standard errors of a 128-value estimate (at most 0.045).
        Assert.InRange(MinHasher.Similarity(a, b), jaccard - 0.16, jaccard + 0.16);
    }

    [Fact]
    public void Signature_OneWord_IsSetAndMatchesOnlyTheSameWord()
    {
        var river = MinHasher.Signature("River");

        Assert.Equal(MinHasher.SignatureLength, river.Length);
        Assert.Equal(1.0, MinHasher.Similarity(river, MinHasher.Signature("  river! ")));
        Assert.True(MinHasher.Similarity(river, MinHasher.Signature("bridge")) < 0.1);
    }

    [Fact]
    public void Similarity_EmptyTexts_IsZero()
    {
        var empty = MinHasher.Signature("  ... ");

        Assert.Empty(empty);
        Assert.Equal(0.0, MinHasher.Similarity(empty, MinHasher.Signature(string.Empty)));
    }
}
