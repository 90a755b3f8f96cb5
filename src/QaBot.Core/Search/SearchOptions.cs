namespace QaBot.Core.Search;

/// <summary>Ranking and abstention settings. Defaults were chosen with <c>qabot eval</c> on the development questions and the BEIR sets.</summary>
public sealed record SearchOptions
{
    /// <summary>
    /// BM25 term-frequency saturation (default 1.8). With Lucene's 1.2 and 0.75, SciFact nDCG@10 is 0.686 and
    /// NFCorpus 0.333; k1 from 1.6 to 2.0 with b from 0.75 to 0.85 all give 0.692-0.697 and 0.335-0.337.
    /// </summary>
    public float K1 { get; init; } = 1.8f;

    /// <summary>BM25 length normalisation (default 0.8; see <see cref="K1"/>).</summary>
    public float B { get; init; } = 0.8f;

    /// <summary>Weight of a match in the article title against one in the passage text (default 0.3).</summary>
    public float TitleBoost { get; init; } = 0.3f;

    /// <summary>Weight of a match in the article's title, lead and sub-heading, context a passage lacks (default 0.2).</summary>
    public float ContextBoost { get; init; } = 0.2f;

    /// <summary>Weight of a passage speaking of a year the question names, also as "last year" (default 0.5).</summary>
    public float YearBoost { get; init; } = 0.5f;

    /// <summary>Weight of the BM25 score (relative to the best candidate's) when re-ranking (default 1).</summary>
    public float Bm25Weight { get; init; } = 1f;

    /// <summary>Weight of the best sentence's match when re-ranking a topical query's passages (default 0.5).</summary>
    public float SentenceWeight { get; init; } = 0.5f;

    /// <summary>
    /// Weight of the best sentence's match when the question asks for a quantity, a name, a place or a date
    /// (default 6): then the passage whose best sentence answers it should come first.
    /// </summary>
    public float AnswerSentenceWeight { get; init; } = 6f;

    /// <summary>Weight of the share of the question a passage covers when re-ranking (default 0.5).</summary>
    public float CoverageWeight { get; init; } = 0.5f;

    /// <summary>
    /// Abstain when the best passage (with its article's title) covers less than this share of the
    /// question's content, weighted by IDF (default 0.5).
    /// </summary>
    public float MinCoverage { get; init; } = 0.5f;

    /// <summary>Passages retrieved before re-ranking and duplicate collapsing (default 20).</summary>
    public int Candidates { get; init; } = 20;

    /// <summary>At most this many distinct question terms are searched (default 64).</summary>
    public int MaxQueryTerms { get; init; } = 64;

    /// <summary>Widen questions with the built-in synonyms (default true).</summary>
    public bool Synonyms { get; init; } = true;

    /// <summary>A file of extra synonyms in Solr format, one group a line (default none).</summary>
    public string? SynonymsFile { get; init; }

    /// <summary>
    /// Search segments in parallel, on all cores, when the question's terms have at least this many postings
    /// together (default 200,000; 0 turns it off): cheap questions stay on one thread, which serves many
    /// people at once better, and the costly ones, which make the slow tail, are split.
    /// </summary>
    public long ParallelSearchMinPostings { get; init; } = 200_000;

    /// <summary>
    /// Memory-map the term dictionary, postings and norms (default true), the fastest; doc values and stored
    /// fields are read through buffers either way. False reads everything through buffers: at a million
    /// passages p50 2.0 against 1.5 ms and p95 6.6 against 5.9 ms, and the process keeps only its own memory.
    /// </summary>
    public bool MemoryMap { get; init; } = true;

    /// <summary>How often the service checks for a newer index commit (default 1 s).</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);
}
