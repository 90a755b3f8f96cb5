using System.Globalization;
using QaBot.Core.Duplicates;
using QaBot.Core.Text;
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
    public void Signature_RandomBlocks_EqualsTheSignatureOfTheBlocksJoinedByLineBreaks()
    {
        // The indexer signs an article's blocks without joining them; empty and long blocks included.
        var random = new Random(31);
        for (var i = 0; i < 3000; i++)
        {
            var blocks = Enumerable.Range(0, random.Next(0, 6))
                .Select(_ => random.Next(8) == 0 ? string.Empty : RandomProse.Next(random, maxPieces: random.Next(2) == 0 ? 20 : 800))
                .ToArray();
            var joined = string.Join('\n', blocks);
            Assert.True(MinHasherReference.Signature(joined).SequenceEqual(MinHasher.Signature(blocks)), joined);
            Assert.Equal(WordCount.Of(joined), blocks.Sum(b => WordCount.Of(b)));
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
    [InlineData(255, "")]
    [InlineData(256, "")]
    [InlineData(256, ".")]
    [InlineData(257, "")]
    [InlineData(511, " ")]
    [InlineData(512, "")]
    [InlineData(512, " ")]
    [InlineData(513, "")]
    [InlineData(2000, "!")]
    public void Signature_AroundAndPastOneBatch_EqualsTheReference(int words, string end)
    {
        // Word counts around the batch size and its multiples, the last word ending the text or not.
        var text = string.Join(' ', Enumerable.Range(0, words).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture))) + end;

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

    [Fact]
    public void Signature_EveryUtf16CodeUnit_HashesAsTheReferenceDoes()
    {
        // Each code unit alone, inside a word and between two words: whether it is a word character and what
        // it lower-cases to must be what char.IsLetterOrDigit and char.ToLowerInvariant say.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var unit = ((char)c).ToString();
            foreach (var text in new[] { unit, "Ab" + unit + "Cd x", "ab " + unit + " cd" })
            {
                Assert.True(MinHasherReference.Signature(text).SequenceEqual(MinHasher.Signature(text)), $"U+{c:X4}");
            }
        }
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
