using QaBot.Core.Duplicates;

namespace QaBot.Core.Tests.Duplicates;

public sealed class DuplicateDetectorTests
{
    private const string Story =
        "The bridge over the river opened on Monday after three years of work, and the mayor said traffic in the old town " +
        "would fall by half. Engineers said the steel arch could carry trains in the future, and cyclists would get their own lane.";

    private static DuplicateCandidate Candidate(string file, string text, double noise = 0, int metadata = 0) =>
        new(file, MinHasher.Signature(text), noise, metadata);

    [Fact]
    public void Similarity_SameText_IsOne()
    {
        Assert.Equal(1.0, MinHasher.Similarity(MinHasher.Signature(Story), MinHasher.Signature(Story)));
    }

    [Fact]
    public void Similarity_CaseAndPunctuation_DoNotMatter()
    {
        Assert.Equal(1.0, MinHasher.Similarity(MinHasher.Signature(Story), MinHasher.Signature(Story.ToUpperInvariant().Replace(",", " ;"))));
    }

    [Fact]
    public void FindGroups_RewriteOfAStory_IsOneGroupWithTheCleanerTextCanonical()
    {
        var rewrite = Story.Replace("opened", "was opened", StringComparison.Ordinal).Replace("three years", "3 years", StringComparison.Ordinal);
        var groups = DuplicateDetector.FindGroups(
        [
            Candidate("a.txt", rewrite, noise: 12),
            Candidate("b.txt", Story, noise: 1),
            Candidate("c.txt", "A completely different article about apples, orchards, harvest records and export orders from the valley farmers."),
        ]);

        var group = Assert.Single(groups);
        Assert.Equal("b.txt", group.Canonical);
        Assert.Equal(["b.txt", "a.txt"], group.Members);
    }

    [Fact]
    public void FindGroups_EqualNoise_PrefersMoreMetadataThenFileName()
    {
        var groups = DuplicateDetector.FindGroups([Candidate("a.txt", Story, 0, 1), Candidate("b.txt", Story, 0, 3)]);
        Assert.Equal("b.txt", Assert.Single(groups).Canonical);
    }

    [Fact]
    public void FindGroups_GroupId_IsStableAcrossRunsAndOrder()
    {
        var first = DuplicateDetector.FindGroups([Candidate("a.txt", Story), Candidate("b.txt", Story)]);
        var second = DuplicateDetector.FindGroups([Candidate("b.txt", Story), Candidate("a.txt", Story)]);
        Assert.Equal(first[0].Id, second[0].Id);
        Assert.NotEqual(0, first[0].Id);
    }

    [Fact]
    public void FindGroups_ThousandsOfDistinctArticles_FindsOnlyThePlantedPair()
    {
        var random = new Random(7);
        string RandomText() => string.Join(' ', Enumerable.Range(0, 80).Select(_ => "w" + random.Next(5000)));
        var candidates = Enumerable.Range(0, 3000).Select(i => Candidate($"{i:0000}.txt", RandomText())).ToList();
        var planted = RandomText();
        candidates.Add(Candidate("x.txt", planted));
        candidates.Add(Candidate("y.txt", planted + " one more line at the end"));

        var group = Assert.Single(DuplicateDetector.FindGroups(candidates));
        Assert.Equal(["x.txt", "y.txt"], group.Members.Order());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    public void FindGroups_SignaturesAgreeingOnlyInSomeBands_AreFoundByThoseBands(int from)
    {
        // 38 of 128 positions alike (similarity 0.30, above the 0.25 threshold), the rest different: only the
        // bands inside those positions can bring the pair together, the first ones or the last ones.
        var random = new Random(from + 1);
        ushort[] Noise() => Enumerable.Range(0, MinHasher.SignatureLength).Select(_ => (ushort)random.Next()).ToArray();
        var first = Noise();
        var second = Noise();
        Array.Copy(first, from, second, from, 38);
        DuplicateCandidate[] candidates = [new("a.txt", first, 0, 0), new("other.txt", Noise(), 0, 0), new("b.txt", second, 0, 0)];

        var group = Assert.Single(DuplicateDetector.FindGroups(candidates));

        Assert.Equal(["a.txt", "b.txt"], group.Members.Order());
    }
}
