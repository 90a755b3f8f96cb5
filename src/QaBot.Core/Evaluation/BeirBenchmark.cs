using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using QaBot.Core.Analysis;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;
using QaBot.Core.Search;

namespace QaBot.Core.Evaluation;

/// <summary>
/// Scores QaBot's analyzer and ranking on a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv):
/// each record becomes one passage (title and text), each test query is asked with abstention off.
/// </summary>
public static class BeirBenchmark
{
    private const int Depth = 100;

    public static BeirMetrics Run(string beirPath, string indexPath, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var qrels = ReadQrels(Path.Combine(beirPath, "qrels", "test.tsv"));
        var queries = ReadJsonLines(Path.Combine(beirPath, "queries.jsonl"))
            .Where(q => qrels.ContainsKey(q.Id))
            .ToList();
        var stopwatch = Stopwatch.StartNew();
        var documents = BuildIndex(Path.Combine(beirPath, "corpus.jsonl"), indexPath);
        var indexSeconds = stopwatch.Elapsed.TotalSeconds;

        stopwatch.Restart();
        double ndcg = 0, recall = 0, mrr = 0;
        using (var service = new AnswerService(indexPath, options with { MinCoverage = 0, Candidates = Math.Max(options.Candidates, Depth) }))
        {
            foreach (var query in queries)
            {
                var answer = service.Ask(query.Text, Depth);
                var ranked = answer.Answers.Select(a => a.Source.File).ToList();
                ndcg += RankingMetrics.Ndcg(ranked, qrels[query.Id], 10);
                recall += RankingMetrics.Recall(ranked, qrels[query.Id], Depth);
                mrr += RankingMetrics.ReciprocalRank(ranked, qrels[query.Id], 10);
            }
        }

        var n = Math.Max(1, queries.Count);
        return new BeirMetrics(
            Math.Round(ndcg / n, 4),
            Math.Round(recall / n, 4),
            Math.Round(mrr / n, 4),
            queries.Count,
            documents,
            Math.Round(indexSeconds, 2),
            Math.Round(stopwatch.Elapsed.TotalSeconds, 2));
    }

    private static int BuildIndex(string corpusPath, string indexPath)
    {
        var builder = new PassageBuilder(new PassageOptions { MinWords = int.MaxValue, MaxWords = int.MaxValue });
        using var directory = FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(QaBotAnalyzer.Version, new QaBotAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 128,
            Codec = IndexCodec.Instance,
        };
        using var writer = new IndexWriter(directory, config);
        var count = 0;
        var stamp = new FileStamp(string.Empty, 0, 0);
        foreach (var record in ReadJsonLines(corpusPath))
        {
            var blocks = new List<ArticleBlock> { new(BlockKind.Paragraph, (record.Title + "\n" + record.Text).Trim()) };
            var metadata = new ArticleMetadata(string.IsNullOrWhiteSpace(record.Title) ? record.Id : record.Title, null, null, null, null, null);
            var article = new CleanArticle(record.Id, metadata, blocks, 0);
            writer.AddDocuments(ArticleDocuments.Create(ArticleDocuments.Prepare(article, stamp, builder), config.Analyzer));
            count++;
        }

        writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.LayoutVersionKey] = IndexSchema.LayoutVersion });
        writer.Commit();
        return count;
    }

    private static Dictionary<string, Dictionary<string, int>> ReadQrels(string path)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length < 3 || !int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var score))
            {
                continue;
            }

            if (!qrels.TryGetValue(parts[0], out var judged))
            {
                qrels[parts[0]] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            judged[parts[1]] = score;
        }

        return qrels;
    }

    private static IEnumerable<BeirRecord> ReadJsonLines(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return new BeirRecord(
                root.GetProperty("_id").GetString() ?? string.Empty,
                root.TryGetProperty("title", out var title) ? title.GetString() ?? string.Empty : string.Empty,
                root.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty);
        }
    }

    private sealed record BeirRecord(string Id, string Title, string Text);
}
