using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace QaBot.Core.Analysis;

/// <summary>
/// The analyzer of the index and of questions: Unicode word boundaries (numbers such as "5.9" and "2020"
/// stay whole), "%" read as "percent" and "989m" as "989 million", English possessives dropped, accents
/// folded, lower case, stop words (with question words, which carry no content) removed, Porter
/// stemming. Given a synonym map (questions only), it adds each word's synonyms at the same position,
/// typed <see cref="SynonymFilter.TYPE_SYNONYM"/>.
/// </summary>
public sealed class QaBotAnalyzer(SynonymMap? synonyms = null) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Function words and question words: neither says what a question is about. Matched case-sensitively:
    /// the stop filter comes after lower-casing, and a case-blind set lower-cased every character of every
    /// word again while hashing it (a twentieth of indexing's processor time).
    /// </summary>
    public static CharArraySet StopWords { get; } = new CharArraySet(
        Version,
        [
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
            "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
            "they", "this", "to", "was", "will", "with",
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much",
            "do", "does", "did", "has", "have", "had", "been", "being", "were", "its", "from", "about",
            "can", "could", "would", "should", "i", "me", "my", "we", "our", "you", "your", "he", "she",
            "him", "her", "his", "them", "than", "so", "any", "some", "tell", "please", "know",
            "through", "via", "during", "among", "also", "just", "often",
        ],
        ignoreCase: false).AsReadOnly();

    protected override TextReader InitReader(string fieldName, TextReader reader) => new PercentCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new NumberSuffixFilter(source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        return new TokenStreamComponents(source, stream);
    }
}
