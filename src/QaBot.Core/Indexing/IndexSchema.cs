namespace QaBot.Core.Indexing;

/// <summary>
/// Field names of the index. A document is a passage (what questions search, with the record answers
/// show); an article's first document also holds the article's own fields (its source and whole cleaned
/// text, content hash, stamps and MinHash signature, for "show the source", incremental runs and duplicate
/// detection), and is the article's only document when it has no passage. Records are the only stored
/// fields, kept uncompressed (<see cref="IndexCodec"/>).
/// </summary>
public static class IndexSchema
{
    /// <summary>
    /// Version of the index layout and of the cleaning and passage rules, kept in the commit's user data: an
    /// index built by another version is rebuilt on the next run. Bump it whenever either changes.
    /// </summary>
    public const string LayoutVersion = "17";

    public const string LayoutVersionKey = "qabot.layout";

    /// <summary><see cref="ArticleKind"/> on an article's first document, which holds the article's fields (one term, <see cref="KeywordField"/>).</summary>
    public const string Kind = "kind";

    public const string ArticleKind = "article";

    /// <summary><see cref="Kind"/> of the document a run adds and deletes at once to declare the <see cref="Group"/> field before updating it.</summary>
    public const string DeclarationKind = "declaration";

    /// <summary>The corpus file, relative with forward slashes (one term on every document, <see cref="KeywordField"/>).</summary>
    public const string File = "file";

    /// <summary>Passage text (indexed with frequencies, without positions, not stored: <see cref="Record"/> holds what answers show).</summary>
    public const string Text = "text";

    /// <summary>Article title (indexed on every passage).</summary>
    public const string Title = "title";

    /// <summary>Context a passage lacks, indexed: the sentence before it, its sub-heading and (after the first passage) the article's lead.</summary>
    public const string Context = "context";

    /// <summary>Years the passage speaks of, named or relative to its publication year (one term each, <see cref="KeywordField"/>, multi-valued).</summary>
    public const string Years = "years";

    /// <summary>
    /// Passage only: its <see cref="PassageRecord"/> (a stored field), on an article's first passage followed
    /// by the article's <see cref="ArticleRecord"/>.
    /// </summary>
    public const string Record = "record";

    /// <summary>The article's duplicate group and canonical flag, a <see cref="GroupValue"/> (numeric doc values, set by regrouping; absent until then, which reads as alone).</summary>
    public const string Group = "group";

    /// <summary>
    /// The only document of an article without passages (others keep it in their first passage's record):
    /// its <see cref="ArticleRecord"/> (file stamp and counts for incremental runs, MinHash signature for
    /// regrouping, source and cleaned blocks for "show the source"), a stored field.
    /// </summary>
    public const string Article = "article";
}
