using System.Diagnostics;
using System.Text;
using QaBot.Core.Corpus;

namespace QaBot.Core.Tests.Corpus.Formats;

/// <summary>
/// Inputs that made unbounded patterns scan to the end of the text once per opener (quadratic time).
/// The bound is generous: linear code takes milliseconds, the quadratic version took minutes.
/// </summary>
public class AdversarialInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("story.md", "**a *b _c [d `e ~~f <!-- ")]
    [InlineData("story.txt", "abc\"def x")]
    [InlineData("story.txt", "<p x=1 ")]
    public void Parse_ManyUnclosedOpeners_FinishesInLinearTime(string file, string unit)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, 40_000)));
        var watch = Stopwatch.StartNew();

        var result = new ArticleReader().Parse(file, bytes);

        Assert.True(watch.Elapsed < Limit, $"took {watch.Elapsed}");
        Assert.NotNull(result);
    }
}
