using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using QaBot.Core.Analysis;
using QaBot.Core.Indexing;

namespace QaBot.Core.Tests.Analysis;

/// <summary>
/// <see cref="PercentCharFilter"/> must read every text exactly as Lucene's MappingCharFilter mapping "%"
/// to " percent" does: the same terms, positions, offsets and original words, with or without a '%'.
/// </summary>
public sealed class PercentCharFilterTests
{
    private static readonly string LongWithPercent = Repeat("Prices rose 4.5% in May, and 80% of shops (about 1,200) said sales fell 3 %. ", 12_000);
    private static readonly string LongWithoutPercent = Repeat("Prices rose 4.5 percent in May, and the harbour town of Pelin counted 1,200 shops. ", 12_000);

    public static TheoryData<string> Texts => new()
    {
        string.Empty,
        "%",
        "%%",
        " % ",
        "80%",
        "%start and end%",
        "Unemployment fell to 5.9% in May, from 6.1 % a year earlier.",
        "No percent sign in this text at all.",
        "The 100%-owned unit grew 50%% to 3.2bn, up 989m.",
        "涨幅为 12% 😀 emoji 🎉 and 中文 text 7%",
        "The share of the vote was 48%.\nTurnout: 61%",
        LongWithPercent,
        LongWithoutPercent,
    };

    private static string Repeat(string sentence, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(sentence);
        }

        return text.ToString();
    }

    private static string ReadAll(TextReader filter)
    {
        var text = new StringBuilder();
        var buffer = new char[7];
        int n;
        while ((n = filter.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, n);
        }

        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Read_WithQaBotAnalyzer_GivesTheTokensOfAMappingCharFilter(string text)
    {
        using var analyzer = new QaBotAnalyzer();
        using var reference = new MappingReferenceAnalyzer();

        var expected = TokenReader.Read(reference, IndexSchema.Text, text);
        var actual = TokenReader.Read(analyzer, IndexSchema.Text, text);

        Assert.Equal(expected, actual);
        Assert.Equal(text.Contains('%', StringComparison.Ordinal), actual.Any(t => t.Term.StartsWith("percent", StringComparison.Ordinal) && !t.Original.StartsWith("percent", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_OneAnalyzerOverTextsWithAndWithoutPercent_EachGivesTheMappingTokens()
    {
        // The analyzer reuses its components: each text must get a filter of its own, not the last one's.
        using var analyzer = new QaBotAnalyzer();
        using var reference = new MappingReferenceAnalyzer();
        string[] texts = ["Sales rose 80% in May.", "Sales rose in May.", string.Empty, "%", "Up 3% and 4%.", "Nothing here."];

        foreach (var text in texts.Concat(texts.Reverse()))
        {
            Assert.Equal(TokenReader.Read(reference, IndexSchema.Text, text), TokenReader.Read(analyzer, IndexSchema.Text, text));
        }
    }

    [Fact]
    public void ReadForIndex_WithPercent_GivesTheOffsetsOfAMappingCharFilter()
    {
        using var analyzer = new QaBotAnalyzer();
        using var reference = new MappingReferenceAnalyzer();
        const string text = "Turnout was 61% and 48%, against 5.9 % before.";

        Assert.Equal(TokenReader.ReadForIndex(reference, IndexSchema.Text, text), TokenReader.ReadForIndex(analyzer, IndexSchema.Text, text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("No sign here.")]
    [InlineData("中文 😀 text")]
    public void Read_TextWithoutPercent_PassesItThroughWithTheSameOffsets(string text)
    {
        using var filter = new PercentCharFilter(new StringReader(text));

        Assert.Equal(text, ReadAll(filter));
        Assert.All(Enumerable.Range(0, text.Length + 1), i => Assert.Equal(i, filter.CorrectOffset(i)));
    }

    [Theory]
    [InlineData("%", " percent")]
    [InlineData("80%", "80 percent")]
    [InlineData("a%b%", "a percentb percent")]
    public void Read_TextWithPercent_ReadsPercentAsAWordWithTheMappingOffsets(string text, string expected)
    {
        using var filter = new PercentCharFilter(new StringReader(text));
        using var mapping = new MappingCharFilter(MappingReferenceAnalyzer.Map, new StringReader(text));

        Assert.Equal(expected, ReadAll(filter));
        Assert.Equal(expected, ReadAll(mapping));
        Assert.All(Enumerable.Range(0, expected.Length + 1), i => Assert.Equal(mapping.CorrectOffset(i), filter.CorrectOffset(i)));
    }

    /// <summary>QaBotAnalyzer's chain (without synonyms) behind Lucene's own MappingCharFilter.</summary>
    private sealed class MappingReferenceAnalyzer : Analyzer
    {
        public static NormalizeCharMap Map { get; } = BuildMap();

        protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(Map, reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(QaBotAnalyzer.Version, reader);
            TokenStream stream = new NumberSuffixFilter(source);
            stream = new EnglishPossessiveFilter(QaBotAnalyzer.Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new LowerCaseFilter(QaBotAnalyzer.Version, stream);
            stream = new StopFilter(QaBotAnalyzer.Version, stream, QaBotAnalyzer.StopWords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        private static NormalizeCharMap BuildMap()
        {
            var builder = new NormalizeCharMap.Builder();
            builder.Add("%", " percent");
            return builder.Build();
        }
    }
}
