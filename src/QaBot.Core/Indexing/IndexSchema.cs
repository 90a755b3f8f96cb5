namespace QaBot.Core.Indexing;

/// <summary>
/// Field names of the index. One index holds two kinds of document: a passage (what questions search)
/// and an article (the whole cleaned text, its content hash and MinHash signature, for incremental runs,
/// duplicate detection and "show the source").
/// </summary>
public static class IndexSchema
{
    /// <summary>
    /// Version of the index layout and of the cleaning and passage rules, kept in the commit's user data: an
    /// index built by another version is rebuilt on the next run. Bump it whenever either changes.
    /// </summary>
    public const string LayoutVersion = "7";

    public const string LayoutVersionKey = "qabot.layout";

    /// <summary><see cref="PassageKind"/> or <see cref="ArticleKind"/> (StringField).</summary>
    public const string Kind = "kind";

    public const string PassageKind = "passage";
    public const string ArticleKind = "article";

    /// <summary>The corpus file, relative with forward slashes (StringField, on both kinds).</summary>
    public const string File = "file";

    /// <summary>Passage text (stored, with term vectors and offsets).</summary>
    public const string Text = "text";

    /// <summary>Article title (stored, with term vectors, on passages).</summary>
    public const string Title = "title";

    /// <summary>The passage's sub-heading, the sentence before it, the article's title and lead: context a passage lacks (stored, with term vectors).</summary>
    public const string Context = "context";

    /// <summary>The sentence before the passage (stored, with term vectors; not searched).</summary>
    public const string LeadIn = "lead_in";

    /// <summary>Years the passage speaks of, named or relative to its publication year (StringField, multi-valued).</summary>
    public const string Years = "years";

    public const string Section = "section";
    public const string Ordinal = "ordinal";

    /// <summary>Sentence spans in the passage text, "start,length;start,length" (StoredField).</summary>
    public const string Sentences = "sentences";

    public const string Publisher = "publisher";
    public const string Author = "author";

    /// <summary>ISO date when the year is known (StoredField).</summary>
    public const string Published = "published";

    /// <summary>The date as written (StoredField).</summary>
    public const string PublishedText = "published_text";

    public const string Url = "url";

    /// <summary>Near-duplicate group id, 0 when the article stands alone (numeric doc values, updatable).</summary>
    public const string Group = "group";

    /// <summary>1 when the article is its group's canonical member or stands alone (numeric doc values, updatable).</summary>
    public const string Canonical = "canonical";

    /// <summary>Article only: content hash, size and modification time of the file (StoredField).</summary>
    public const string Hash = "hash";

    public const string Size = "size";
    public const string Modified = "modified";

    /// <summary>Article only: MinHash signature bytes (StoredField).</summary>
    public const string Signature = "signature";

    /// <summary>Article only: noise markers per thousand words and known metadata fields (StoredField).</summary>
    public const string NoiseRate = "noise_rate";

    public const string MetadataFields = "metadata_fields";

    /// <summary>Article only: the cleaned blocks, each prefixed "P " or "H " (StoredField, multi-valued).</summary>
    public const string Blocks = "blocks";

    /// <summary>Article only: the article's passage count (StoredField).</summary>
    public const string PassageCount = "passages";
}
