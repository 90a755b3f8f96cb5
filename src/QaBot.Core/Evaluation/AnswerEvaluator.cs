using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using QaBot.Core.Answers;

namespace QaBot.Core.Evaluation;

/// <summary>Scores an answer service on a question file.</summary>
public static partial class AnswerEvaluator
{
    private const int Depth = 10;

    /// <summary>Reads a JSON Lines question file; a bad line is an error naming its line number.</summary>
    public static IReadOnlyList<EvalQuestion> ReadQuestions(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            // Reading a folder as a file fails with "access denied", which sends the user the wrong way.
            var files = Directory.EnumerateFiles(path, "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            throw new FileNotFoundException(files.Count == 0
                ? $"'{path}' is a folder, not a question file: give a JSON Lines file of questions."
                : $"'{path}' is a folder, not a question file: give one of its question files ({string.Join(", ", files)}).");
        }

        var questions = new List<EvalQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                questions.Add(JsonSerializer.Deserialize(line, EvaluationJsonContext.Default.EvalQuestion)
                    ?? throw new FormatException($"line {lineNumber} is null"));
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}: line {lineNumber} is not a question object ({e.Message})", e);
            }
        }

        return questions;
    }

    public static EvalReport Evaluate(IAnswerService service, IReadOnlyList<EvalQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(questions);
        var outcomes = questions.Select(q => Judge(q, service.Ask(q.Question, Depth))).ToList();
        return new EvalReport(Summarise(outcomes), outcomes);
    }

    public static QuestionOutcome Judge(EvalQuestion question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Abstained || answer.Answers.Count == 0)
        {
            return new QuestionOutcome(question, true, 0, false, null);
        }

        var patterns = question.Answers.Select(a => new Regex(a, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();
        var sources = question.Sources.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var firstHit = 0;
        foreach (var passage in answer.Answers.Take(Depth))
        {
            if (sources.Contains(Path.GetFileNameWithoutExtension(passage.Source.File)) && Matches(patterns, passage.Passage))
            {
                firstHit = passage.Rank;
                break;
            }
        }

        var first = answer.Answers[0].Sentence;
        return new QuestionOutcome(question, false, firstHit, Matches(patterns, first), first);
    }

    public static EvalMetrics Summarise(IReadOnlyList<QuestionOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var answerable = outcomes.Where(o => o.Question.Answerable).ToList();
        var unanswerable = outcomes.Where(o => !o.Question.Answerable).ToList();
        return new EvalMetrics(
            Share(answerable, o => o.FirstHitRank == 1),
            Share(answerable, o => o.FirstHitRank is >= 1 and <= 3),
            answerable.Count == 0 ? 0 : answerable.Sum(o => o.FirstHitRank is >= 1 and <= Depth ? 1.0 / o.FirstHitRank : 0) / answerable.Count,
            Share(answerable, o => o.SentenceHit),
            Share(answerable, o => o.Abstained),
            Share(unanswerable, o => o.Abstained),
            outcomes.Count);
    }

    /// <summary>NFKC and folded white space, as the question set's README asks before matching.</summary>
    public static string Normalise(string text) =>
        WhiteSpace().Replace((text ?? string.Empty).Normalize(NormalizationForm.FormKC), " ");

    private static bool Matches(List<Regex> patterns, string text)
    {
        var normalised = Normalise(text);
        return patterns.Any(p => p.IsMatch(normalised));
    }

    private static double Share(List<QuestionOutcome> outcomes, Func<QuestionOutcome, bool> predicate) =>
        outcomes.Count == 0 ? 0 : Math.Round((double)outcomes.Count(predicate) / outcomes.Count, 4);

    [GeneratedRegex(@"[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex WhiteSpace();
}
