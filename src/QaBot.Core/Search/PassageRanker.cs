using Lucene.Net.Index;
using Lucene.Net.Search;
using QaBot.Core.Answers;
using QaBot.Core.Text;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>
/// Retrieves candidate passages with BM25, then re-ranks them by how well their best sentence answers
/// the question, and measures how much of the question each one covers (for abstention).
/// </summary>
internal sealed class PassageRanker(IndexSearcher searcher, SearchOptions options, SentencePicker sentencePicker)
{
    private const double ContextCoverageShare = 0.5;

    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public List<PassageHit> Rank(ParsedQuestion question, Query query, int candidates)
    {
        // Only passages have indexed text, title and context fields, so article documents never match.
        var top = searcher.Search(query, candidates);
        if (top.ScoreDocs.Length == 0)
        {
            return [];
        }

        var weight = SentencePicker.TermWeight(question, Idf);
        var total = question.Total(weight);
        var maxScore = top.ScoreDocs[0].Score;
        var reader = searcher.IndexReader;
        var groups = MultiDocValues.GetNumericValues(reader, S.Group);
        var canonical = MultiDocValues.GetNumericValues(reader, S.Canonical);
        var hits = new List<PassageHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            var passage = StoredPassage.ToPassage(doc);
            var source = StoredPassage.ToSource(doc);
            var year = PublicationYear(source.Published);
            var sentence = sentencePicker.Pick(passage, question, Idf, year);
            var coverage = Coverage(question, weight, total, passage.Text + "\n" + source.Title, StoredPassage.Get(doc, S.Context), year);
            var score = (scoreDoc.Score / maxScore)
                + (options.SentenceWeight * Math.Max(0, sentence.Score) / total)
                + (options.CoverageWeight * coverage);
            hits.Add(new PassageHit(
                passage,
                source,
                groups?.Get(scoreDoc.Doc) ?? 0,
                (canonical?.Get(scoreDoc.Doc) ?? 1) == 1,
                scoreDoc.Score,
                sentence,
                coverage) { Score = score });
        }

        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        return hits;
    }

    /// <summary>
    /// The share of the question the passage covers, IDF-weighted; what only the article's title, lead or
    /// sub-heading covers counts half, as it says less about this passage.
    /// </summary>
    private double Coverage(ParsedQuestion question, Func<string, double> weight, double total, string text, string? context, int? year)
    {
        if (total <= 0)
        {
            return 0;
        }

        var own = sentencePicker.Terms(text);
        own.UnionWith(YearReferences.Find(text, year));
        var inText = question.Match(own, weight);
        if (string.IsNullOrEmpty(context))
        {
            return inText / total;
        }

        own.UnionWith(sentencePicker.Terms(context));
        var withContext = question.Match(own, weight);
        return (inText + (ContextCoverageShare * (withContext - inText))) / total;
    }

    private static int? PublicationYear(string? published) =>
        published is { Length: >= 4 } && int.TryParse(published.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : null;

    /// <summary>BM25's IDF of a term in the passage text, cached for this question.</summary>
    private double Idf(string term)
    {
        if (!_idf.TryGetValue(term, out var idf))
        {
            var stats = searcher.CollectionStatistics(S.Text);
            var docCount = stats.DocCount > 0 ? stats.DocCount : searcher.IndexReader.NumDocs;
            var df = searcher.IndexReader.DocFreq(new Term(S.Text, term));
            idf = Math.Log(1 + ((docCount - df + 0.5) / (df + 0.5)));
            _idf[term] = idf;
        }

        return idf;
    }
}
