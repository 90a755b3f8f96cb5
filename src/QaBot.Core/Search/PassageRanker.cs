using Lucene.Net.Index;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;
using QaBot.Core.Text;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>
/// Retrieves candidate passages with BM25, then re-ranks them by how well their best sentence answers
/// the question, and measures how much of the question each one covers (for abstention).
/// </summary>
internal sealed class PassageRanker(TermLookup lookup, SearchOptions options)
{
    private const double ContextCoverageShare = 0.5;

    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private long _docCount = -1;

    public List<PassageHit> Rank(ParsedQuestion question, IReadOnlyList<SearchClause> clauses, int candidates)
    {
        // Only passages have indexed text and years: the document of an article without passages never matches.
        var weighted = WeightedClause.Weigh(lookup, clauses);
        var drivers = weighted.Where(c => DrivesRetrieval(c.Field)).ToList();
        var boosters = weighted.Where(c => !DrivesRetrieval(c.Field)).ToDictionary(c => (c.Field, c.Clause.Term));
        var top = MaxScoreSearcher.Search(lookup, drivers, candidates, options.ParallelSearchMinPostings);
        if (top.Count == 0)
        {
            return [];
        }

        var reader = lookup.Searcher.IndexReader;
        var docs = top.Select(t => t.Doc).ToList();
        var records = docs.Select(d => PassageRecords.Read(reader, d) ?? throw new IndexUnavailableException("A passage of the index has no record: rebuild it with: qabot index --rebuild")).ToList();
        var terms = CandidateTerms.Read(reader, lookup.Searcher.Similarity, question.Terms, boosters, docs, records);
        var bm25 = top.Select((t, i) => t.Score + terms[i].Boost).ToList();
        var weight = SentencePicker.TermWeight(question, Idf);
        var sentenceWeight = question.Kind == QuestionKind.Other ? options.SentenceWeight : options.AnswerSentenceWeight;
        var total = question.Total(weight);
        var asksYear = question.Terms.Any(YearReferences.IsYear);
        var maxScore = bm25.Max();
        var groups = MultiDocValues.GetNumericValues(reader, S.Group);
        var hits = new List<PassageHit>(top.Count);
        for (var i = 0; i < top.Count; i++)
        {
            var (passage, source) = (records[i].Passage, records[i].Source);
            var sentenceTerms = terms[i].Sentences;
            if (asksYear)
            {
                AddYears(sentenceTerms, passage, PublicationYear(source.Published));
            }

            var sentence = SentencePicker.Pick(passage, question, weight, total, sentenceTerms, Rarity, terms[i].LeadIn);
            var coverage = Coverage(question, weight, total, terms[i]);
            var score = (options.Bm25Weight * bm25[i] / maxScore)
                + (sentenceWeight * Math.Max(0, sentence.Score) / total)
                + (options.CoverageWeight * coverage);
            var group = GroupValue.Read(groups, docs[i]);
            hits.Add(new PassageHit(passage, source, group.Group, group.Canonical, sentence, coverage) { Score = score });
        }

        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        return hits;
    }

    /// <summary>
    /// A passage is found by its own text or the years it speaks of; its title and context only add to the
    /// scores of the passages found (a passage whose own text says nothing of the question is no answer,
    /// and scoring them for every match would cost more than the rest of the answer together).
    /// </summary>
    internal static bool DrivesRetrieval(string field) => field is S.Text or S.Years;

    /// <summary>
    /// The share of the question the passage covers, IDF-weighted; what only the article's title, lead or
    /// sub-heading covers counts half, as it says less about this passage.
    /// </summary>
    private static double Coverage(ParsedQuestion question, Func<string, double> weight, double total, CandidateTerms terms)
    {
        if (total <= 0)
        {
            return 0;
        }

        var own = new HashSet<string>(terms.Title, StringComparer.Ordinal);
        foreach (var sentence in terms.Sentences)
        {
            own.UnionWith(sentence);
        }

        var inText = question.Match(own, weight);
        own.UnionWith(terms.Context);
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

    /// <summary>Passages with text, summed over segments once per reader.</summary>
    private long DocCount()
    {
        if (_docCount < 0)
        {
            var stats = lookup.Collection(S.Text);
            _docCount = stats.DocCount > 0 ? stats.DocCount : lookup.Searcher.IndexReader.NumDocs;
        }

        return _docCount;
    }

    private double Idf(string term, int? docFreq)
    {
        var key = docFreq is null ? term : "\0" + docFreq;
        if (!_idf.TryGetValue(key, out var idf))
        {
            var docCount = DocCount();
            var df = docFreq ?? lookup.DocFreq(S.Text, term);
            idf = Math.Log(1 + ((docCount - df + 0.5) / (df + 0.5)));
            _idf[key] = idf;
        }

        return idf;
    }
}
