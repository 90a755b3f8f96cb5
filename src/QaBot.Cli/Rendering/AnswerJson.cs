using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using QaBot.Core.Answers;

namespace QaBot.Cli.Rendering;

/// <summary>The JSON form of an answer, one object, as <c>qabot ask --json</c> prints it.</summary>
internal static class AnswerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var shape = new
        {
            question = answer.Question,
            abstained = answer.Abstained,
            correctedQuestion = answer.CorrectedQuestion,
            hints = answer.Hints,
            answers = answer.Answers.Select(a => new
            {
                rank = a.Rank,
                score = Math.Round(a.Score, 4),
                sentence = a.Sentence,
                passage = a.Passage,
                source = new
                {
                    file = a.Source.File,
                    title = a.Source.Title,
                    publisher = a.Source.Publisher,
                    published = a.Source.Published,
                    url = a.Source.Url,
                },
                alsoReportedBy = a.AlsoReportedBy.Select(r => new { label = r.Label, published = r.Published, file = r.File }),
            }),
        };
        return JsonSerializer.Serialize(shape, Options);
    }
}
