using System.Text.Json;

namespace QaBot.Bot.Tests.Support;

/// <summary>The validator must be able to fail, or the schema tests prove nothing.</summary>
public sealed class OpenApiSchemaValidatorTests
{
    [Theory]
    [InlineData("""{"content":"hi","allowed_mentions":{"parse":[]},"message_reference":{"message_id":"1"}}""", "")]
    [InlineData("""{"content":"hi","allowedMentions":{"parse":[]}}""", "allowedMentions is not in the schema")]
    [InlineData("""{"message_reference":{"channel_id":"1"}}""", "missing required message_id")]
    [InlineData("""{"embeds":[{"title":"x","color":-1}]}""", "minimum")]
    [InlineData("""{"allowed_mentions":{"parse":["nobody"]}}""", "oneOf")]
    [InlineData("""{"components":[{"type":1,"components":[{"type":2,"style":9,"custom_id":"a"}]}]}""", "oneOf")]
    public void ValidateSchema_MessageCreateRequest_AcceptsGoodAndNamesWhatIsWrong(string json, string expectedError)
    {
        var errors = OpenApiSchemaValidator.Discord.ValidateSchema("MessageCreateRequest", JsonDocument.Parse(json).RootElement);

        if (expectedError.Length == 0)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.Contains(expectedError, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void DocsLimits_ContentOver2000OrMentionsParsed_AreErrors()
    {
        var body = JsonDocument.Parse("{\"content\":\"" + new string('a', 2001) + "\",\"allowed_mentions\":{\"parse\":[\"everyone\"]}}").RootElement;

        var errors = DocsLimits.Check(body);

        Assert.Equal(2, errors.Count);
    }
}
