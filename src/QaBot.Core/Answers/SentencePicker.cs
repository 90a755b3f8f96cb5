using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using QaBot.Core.Analysis;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;
using QaBot.Core.Search;

namespace QaBot.Core.Answers;

/// <summary>
/// Picks the sentence of a passage that best answers a question: the question's terms it contains,
/// weighted by IDF (rare words say more), numbers from the question counted higher, a bonus when it
/// holds the kind of thing asked for (a quantity for "how many", a name for "who", a place for
/// "where", a date for "when"), and a slight preference for earlier sentences.
/// </summary>
public sealed partial class SentencePicker(Analyzer analyzer)
{
    private const double NumberTermWeight = 1.5;
    private const double KindBonusShare = 0.35;
    private const double PositionPenaltyShare = 0.02;

    public SentenceChoice Pick(Passage passage, ParsedQuestion question, Func<string, double> idf)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(idf);
        var weights = Weights(question, idf);
        var total = weights.Values.Sum();
        var best = new SentenceChoice(0, double.MinValue);
        for (var i = 0; i < passage.Sentences.Count; i++)
        {
            var sentence = passage.SentenceText(i);
            var terms = Terms(sentence);
            var score = weights.Where(w => terms.Contains(w.Key)).Sum(w => w.Value);
            if (score > 0 && HasAnswerKind(sentence, question))
            {
                score += KindBonusShare * total;
            }

            score -= PositionPenaltyShare * total * i;
            if (score > best.Score)
            {
                best = new SentenceChoice(i, score);
            }
        }

        return best;
    }

    /// <summary>The analyzed terms of <paramref name="text"/>.</summary>
    public HashSet<string> Terms(string text) =>
        TokenReader.Read(analyzer, IndexSchema.Text, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each distinct question term's weight: its IDF, more for numbers.</summary>
    public static Dictionary<string, double> Weights(ParsedQuestion question, Func<string, double> idf)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(idf);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in question.Tokens)
        {
            weights.TryAdd(token.Term, idf(token.Term) * (token.IsNumber ? NumberTermWeight : 1) * question.WeightOf(token.Term));
        }

        return weights;
    }

    internal static bool HasAnswerKind(string sentence, ParsedQuestion question) => question.Kind switch
    {
        QuestionKind.Quantity => NewMatch(QuantityPattern(), sentence, question),
        QuestionKind.Time => NewMatch(TimePattern(), sentence, question),
        QuestionKind.Person or QuestionKind.Place => NewMatch(NamePattern(), sentence, question),
        _ => false,
    };

    // A match counts only if the question does not already contain it: "in 2020" in the question is no answer.
    private static bool NewMatch(Regex pattern, string sentence, ParsedQuestion question)
    {
        foreach (Match match in pattern.Matches(sentence))
        {
            if (!question.Text.Contains(match.Value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\d[\d,.]*\s*(%|percent|per cent|million|billion|trillion|thousand|times)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|twice|half|third|quarter)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last year|this year)\b")]
    private static partial Regex TimePattern();

    // Capitalised words not at the sentence start: names of people and places.
    [GeneratedRegex(@"(?<=\S\s+)\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)*")]
    private static partial Regex NamePattern();
}
