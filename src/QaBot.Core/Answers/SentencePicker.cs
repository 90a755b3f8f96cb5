using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using QaBot.Core.Analysis;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;
using QaBot.Core.Search;
using QaBot.Core.Text;

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
    private const double PreviousSentenceShare = 0.5;
    private const double LengthPenaltyShare = 0.004;
    private const int ConciseWords = 30;

    public SentenceChoice Pick(Passage passage, ParsedQuestion question, Func<string, double> idf, int? publicationYear = null)
    {
        ArgumentNullException.ThrowIfNull(idf);
        var weight = TermWeight(question, idf);
        return Pick(passage, question, weight, question.Total(weight), SentenceTerms(passage, publicationYear));
    }

    /// <summary>Picks the sentence from each sentence's terms, analyzed once by the caller.</summary>
    public static SentenceChoice Pick(
        Passage passage,
        ParsedQuestion question,
        Func<string, double> weight,
        double total,
        IReadOnlyList<HashSet<string>> sentenceTerms,
        Func<string, double>? rarity = null,
        IReadOnlySet<string>? leadIn = null)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentenceTerms);
        var best = new SentenceChoice(0, double.MinValue);
        for (var i = 0; i < passage.Sentences.Count; i++)
        {
            var match = question.Match(sentenceTerms[i], weight);

            // A sentence often answers about what the one before it named ("With an investment of 42 million
            // yuan, the plant ..."): what only the previous sentence covers counts in part.
            var score = match;
            var before = i > 0 ? sentenceTerms[i - 1] : leadIn;
            if (before is not null)
            {
                var withPrevious = question.Match(new HashSet<string>([.. sentenceTerms[i], .. before], StringComparer.Ordinal), weight);
                score += PreviousSentenceShare * (withPrevious - match);
            }

            var sentence = passage.SentenceText(i);
            if (match > 0)
            {
                score += KindBonusShare * total * AnswerKindStrength(sentence, question, rarity);
            }

            var words = WordCount.Of(sentence);
            score -= total * ((PositionPenaltyShare * i) + (LengthPenaltyShare * Math.Max(0, words - ConciseWords)));
            if (score > best.Score)
            {
                best = new SentenceChoice(i, score);
            }
        }

        return best;
    }

    /// <summary>
    /// The terms of each sentence, from one analysis of the whole passage, plus the years each one
    /// speaks of (named, or relative to <paramref name="publicationYear"/>).
    /// </summary>
    public IReadOnlyList<HashSet<string>> SentenceTerms(Passage passage, int? publicationYear)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var sets = new List<HashSet<string>>(passage.Sentences.Count);
        for (var i = 0; i < passage.Sentences.Count; i++)
        {
            sets.Add(new HashSet<string>(YearReferences.Find(passage.SentenceText(i), publicationYear), StringComparer.Ordinal));
        }

        var sentence = 0;
        foreach (var token in TokenReader.Read(analyzer, IndexSchema.Text, passage.Text))
        {
            while (sentence < passage.Sentences.Count - 1 && token.Start >= passage.Sentences[sentence].End)
            {
                sentence++;
            }

            sets[sentence].Add(token.Term);
        }

        return sets;
    }

    /// <summary>A question term's weight: its IDF, more for numbers, less for synonyms and carried-over terms.</summary>
    public static Func<string, double> TermWeight(ParsedQuestion question, Func<string, double> idf)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(idf);
        var cache = new Dictionary<string, double>(StringComparer.Ordinal);
        return term =>
        {
            if (!cache.TryGetValue(term, out var weight))
            {
                weight = idf(term) * (char.IsDigit(term[0]) ? NumberTermWeight : 1) * question.WeightOf(term);
                cache[term] = weight;
            }

            return weight;
        };
    }

    /// <summary>
    /// How strongly the sentence holds the kind of thing asked for, from 0 to 1: a quantity, a date, or
    /// (for "who" and "where") a name the question does not contain, the rarer the name the stronger,
    /// as "in Wuzhen" answers "where" better than "in China" does.
    /// </summary>
    internal static double AnswerKindStrength(string sentence, ParsedQuestion question, Func<string, double>? rarity = null) => question.Kind switch
    {
        QuestionKind.Quantity => QuantityStrength(sentence, question),
        QuestionKind.Time => NewMatches(TimePattern(), sentence, question).Any() ? 1 : 0,
        QuestionKind.Person or QuestionKind.Place => NewMatches(NamePattern(), sentence, question)
            .Select(name => rarity is null ? 1 : name.Split(' ').Max(word => rarity(word.ToLowerInvariant())))
            .DefaultIfEmpty(0)
            .Max(),
        _ => 0,
    };

    /// <summary>
    /// A quantity of the unit asked for counts fully ("how many times" and "40 billion times", "how much
    /// did it invest" and "42 million yuan"); any other quantity counts half.
    /// </summary>
    private static double QuantityStrength(string sentence, ParsedQuestion question)
    {
        var quantities = NewMatches(QuantityPattern(), sentence, question).ToList();
        if (quantities.Count == 0)
        {
            return 0;
        }

        var unit = AskedUnit(question.Text);
        if (unit is null)
        {
            return 1;
        }

        var pattern = unit switch
        {
            MoneyUnit => MoneyPattern(),
            FrequencyUnit => FrequencyPattern(),
            _ => null,
        };
        var matchesUnit = pattern is not null
            ? pattern.IsMatch(sentence)
            : Regex.IsMatch(sentence, @"\d[\d,.]*\s*(million|billion|trillion|thousand|hundred)?\s+(\w+\s+){0,2}" + Regex.Escape(unit), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return matchesUnit ? 1 : 0.5;
    }

    private const string MoneyUnit = "$money";
    private const string FrequencyUnit = "$frequency";

    /// <summary>The unit a quantity question asks in: the word after "how many" (its stem), a frequency for "how often", or money for "how much ... cost/invest/...".</summary>
    internal static string? AskedUnit(string question)
    {
        var many = HowManyWords().Match(question);
        if (many.Success)
        {
            var first = many.Groups[1].Value.ToLowerInvariant();
            var second = many.Groups[2].Value.ToLowerInvariant();
            var unit = IsPluralNoun(first) ? first : IsPluralNoun(second) ? second : null;
            if (unit is not null)
            {
                return unit.EndsWith('s') ? unit[..^1] : unit;
            }
        }

        if (HowOften().IsMatch(question))
        {
            return FrequencyUnit;
        }

        return HowMuchMoney().IsMatch(question) ? MoneyUnit : null;
    }

    private static bool IsPluralNoun(string word) =>
        word is "people" or "children" or "men" or "women" || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));

    [GeneratedRegex(@"\bhow many (?:more |fewer |other |new |of the )?([\w-]+)(?: ([\w-]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex HowManyWords();

    [GeneratedRegex(@"\bhow (often|frequently)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowOften();

    [GeneratedRegex(@"\b(once|twice|thrice|(\w+|\d+) times) (a|an|per|every) \w+|\b(every|each) (\w+ )?(day|week|month|year|quarter|hour)s?\b|\b(daily|weekly|monthly|yearly|annually|quarterly|biannually|hourly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrequencyPattern();

    [GeneratedRegex(@"\bhow much\b.*\b(invest|cost|spend|spent|pay|paid|worth|price|revenue|raise|earn|sales|budget|fund)", RegexOptions.IgnoreCase)]
    private static partial Regex HowMuchMoney();

    [GeneratedRegex(@"(\$|US\$|¥|€|£)\s?\d|\d[\d,.]*\s*(million|billion|trillion|thousand)?\s*(yuan|dollars?|euros?|pounds?|rmb|usd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    // A match counts only if the question does not already contain it: "in 2020" in the question is no answer.
    private static IEnumerable<string> NewMatches(Regex pattern, string sentence, ParsedQuestion question)
    {
        foreach (Match match in pattern.Matches(sentence))
        {
            if (!question.Text.Contains(match.Value, StringComparison.OrdinalIgnoreCase))
            {
                yield return match.Value;
            }
        }
    }

    // A quantity is a number with a magnitude or unit ("42 million yuan", "80 percent", "twice"), not a bare year or date.
    [GeneratedRegex(@"\d[\d,.]*\s*(%|percent|per cent|percentage points?|million|billion|trillion|thousand|hundred|yuan|dollars?|euros?|times|people|users|km|tonnes?)\b|\b(\d{1,3}(,\d{3})+|\d+\.\d+)\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(percent|per cent|million|billion|hundred|thousand|times|thirds?|quarters?)\b|\b(twice|thrice|one third|one quarter|two-thirds|half of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last year|this year)\b")]
    private static partial Regex TimePattern();

    // Capitalised words not at the sentence start: names of people and places.
    [GeneratedRegex(@"(?<=\S\s+)\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)*")]
    private static partial Regex NamePattern();
}
