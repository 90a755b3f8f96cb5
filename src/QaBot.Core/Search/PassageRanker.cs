using Lucene.Net.Index;
using Lucene.Net.Search;
using QaBot.Core.Answers;
using QaBot.Core.Passages;
using QaBot.Core.Text;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>
/// Retrieves candidate passages with BM25, then re-ranks them by how well their best sentence answers
/// the question, and measures how much of the question each one covers (for abstention).
/// </summary>
internal sealed class PassageRanker(IndexSearcher searcher, SearchOptions options)
{
    private const double ContextCoverageShare = 0.5;

    /// <summary>The stored fields an answer shows; context and lead-in are read from term vectors instead.</summary>
    private static readonly HashSet<string> ShownFields =
        [S.File, S.Text, S.Title, S.Sentences, S.Ordinal, S.Section, S.Publisher, S.Published, S.PublishedText, S.Url];

    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private long _docCount = -1;

    public List<PassageHit> Rank(ParsedQuestion question, Query query, int candidates)
    {
        // Only passages have indexed text, title and context fields, so article documents never match.
        var top = searcher.Search(query, candidates);
        if (top.ScoreDocs.Length == 0)
        {
            return [];
        }

        var weight = SentencePicker.TermWeight(question, Idf);
        var sentenceWeight = question.Kind == QuestionKind.Other ? options.SentenceWeight : options.AnswerSentenceWeight;
        var total = question.Total(weight);
        var maxScore = top.ScoreDocs[0].Score;
        var reader = searcher.IndexReader;
        var groups = MultiDocValues.GetNumericValues(reader, S.Group);
        var canonical = MultiDocValues.GetNumericValues(reader, S.Canonical);
        var hits = new List<PassageHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var doc = reader.Document(scoreDoc.Doc, ShownFields);
            var passage = StoredPassage.ToPassage(doc);
            var source = StoredPassage.ToSource(doc);
            var year = PublicationYear(source.Published);
            var vectors = reader.GetTermVectors(scoreDoc.Doc);
            var sentenceTerms = TermVectorLookup.SentenceTerms(vectors, S.Text, passage, question.Terms);
            AddYears(sentenceTerms, passage, year);
            var leadIn = TermVectorLookup.FieldTerms(vectors, S.LeadIn, question.Terms);
            var sentence = SentencePicker.Pick(passage, question, weight, total, sentenceTerms, Rarity, leadIn);
            var coverage = Coverage(question, weight, total, sentenceTerms, vectors);
            var score = (options.Bm25Weight * scoreDoc.Score / maxScore)
                + (sentenceWeight * Math.Max(0, sentence.Score) / total)
                + (options.CoverageWeight * coverage);
            hits.Add(new PassageHit(
                passage,
                source,
                groups?.Get(scoreDoc.Doc) ?? 0,
                (canonical?.Get(scoreDoc.Doc) ?? 1) == 1,
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
    private static double Coverage(ParsedQuestion question, Func<string, double> weight, double total, List<HashSet<string>> sentenceTerms, Fields? vectors)
    {
        if (total <= 0)
        {
            return 0;
        }

        var own = TermVectorLookup.FieldTerms(vectors, S.Title, question.Terms);
        foreach (var terms in sentenceTerms)
        {
            own.UnionWith(terms);
        }

        var inText = question.Match(own, weight);
        own.UnionWith(TermVectorLookup.FieldTerms(vectors, S.Context, question.Terms));
        var withContext = question.Match(own, weight);
        return (inText + (ContextCoverageShare * (withContext - inText))) / total;
    }

    private static void AddYears(List<HashSet<string>> sentenceTerms, Passage passage, int? year)
    {
        for (var i = 0; i < sentenceTerms.Count; i++)
        {
            sentenceTerms[i].UnionWith(YearReferences.Find(passage.SentenceText(i), year));
        }
    }

    private static int? PublicationYear(string? published) =>
        published is { Length: >= 4 } && int.TryParse(published.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : null;

    /// <summary>How rare a word is in the passages, from 0 (everywhere) to 1 (in one passage): IDF over the IDF of a word seen once.</summary>
    private double Rarity(string word)
    {
        var once = Idf(string.Empty, docFreq: 1);
        return once <= 0 ? 0 : Math.Min(1, Idf(word) / once);
    }

    /// <summary>BM25's IDF of a term in the passage text, cached for this question.</summary>
    private double Idf(string term) => Idf(term, null);

    /// <summary>Passages with text, summed over segments once per question.</summary>
    private long DocCount()
    {
        if (_docCount < 0)
        {
            var stats = searcher.CollectionStatistics(S.Text);
            _docCount = stats.DocCount > 0 ? stats.DocCount : searcher.IndexReader.NumDocs;
        }

        return _docCount;
    }

    private double Idf(string term, int? docFreq)
    {
        var key = docFreq is null ? term : "\0" + docFreq;
        if (!_idf.TryGetValue(key, out var idf))
        {
            var docCount = DocCount();
            var df = docFreq ?? searcher.IndexReader.DocFreq(new Term(S.Text, term));
            idf = Math.Log(1 + ((docCount - df + 0.5) / (df + 0.5)));
            _idf[key] = idf;
        }

        return idf;
    }
}
