using System.Globalization;
using QaBot.Core.Duplicates;
using QaBot.Core.Tests.Text;

namespace QaBot.Core.Tests.Duplicates;

/// <summary>The signature is stored in the index: every value must stay what the reference computes.</summary>
public sealed class MinHasherEquivalenceTests
{
    [Fact]
    public void Signature_RandomTexts_EqualsTheReferenceBitForBit()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 20000; i++)
        {
            var text = RandomProse.Next(random);
            Assert.True(MinHasherReference.Signature(text).SequenceEqual(MinHasher.Signature(text)), text);
        }
    }

    [Fact]
    public void Signature_RandomLongTexts_EqualsTheReferenceBitForBit()
    {
        // Hundreds to thousands of words: several batches of shingles, each shingle able to set a value.
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var text = RandomProse.Next(random, maxPieces: 3000);
            Assert.True(MinHasherReference.Signature(text).SequenceEqual(MinHasher.Signature(text)), text);
        }
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(512)]
    [InlineData(513)]
    [InlineData(2000)]
    public void Signature_AroundAndPastOneBatchOfShingles_EqualsTheReference(int words)
    {
        // n words give n - 1 shingles: these straddle the batch size and its multiples.
        var text = string.Join(' ', Enumerable.Range(0, words).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(MinHasherReference.Signature(text), MinHasher.Signature(text));
    }

    [Fact]
    public void Signature_SeedArticles_EqualsTheReference()
    {
        var paragraphs = RandomProse.SeedParagraphs().ToList();
        var body = string.Join('\n', paragraphs);

        Assert.NotEmpty(paragraphs);
        Assert.Equal(MinHasherReference.Signature(body), MinHasher.Signature(body));
        Assert.All(paragraphs, p => Assert.Equal(MinHasherReference.Signature(p), MinHasher.Signature(p)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("River")]
    [InlineData("...river!!!")]
    [InlineData("River bridge")]
    public void Signature_NoOneOrTwoWords_EqualsTheReference(string text)
    {
        Assert.Equal(MinHasherReference.Signature(text), MinHasher.Signature(text));
    }
}
