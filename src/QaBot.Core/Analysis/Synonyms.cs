using System.Reflection;
using Lucene.Net.Analysis.Synonym;

namespace QaBot.Core.Analysis;

/// <summary>Loads the question synonyms: the built-in list, plus a user's file in the same (Solr) format.</summary>
public static class Synonyms
{
    public static SynonymMap Load(string? extraFile = null)
    {
        using var analyzer = new QaBotAnalyzer();
        var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
        using (var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("QaBot.Core.synonyms.txt")
            ?? throw new InvalidOperationException("The built-in synonyms resource is missing."))
        using (var reader = new StreamReader(stream))
        {
            parser.Parse(reader);
        }

        // The user's file is a boundary: whatever its parser throws becomes one clear message.
        if (!string.IsNullOrWhiteSpace(extraFile))
        {
            try
            {
                using var reader = new StreamReader(extraFile);
                parser.Parse(reader);
            }
            catch (Exception e) when (e is not IOException and not UnauthorizedAccessException)
            {
                throw new FormatException($"The synonyms file '{extraFile}' is not in Solr synonym format: {e.Message}", e);
            }
        }

        return parser.Build();
    }
}
