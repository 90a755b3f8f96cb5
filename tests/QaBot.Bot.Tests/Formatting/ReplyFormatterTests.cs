using System.Text.Json;
using QaBot.Bot.Formatting;
using QaBot.Bot.Tests.Support;
using QaBot.Discord.Interactions;
using QaBot.Discord.Messages;

namespace QaBot.Bot.Tests.Formatting;

public sealed class ReplyFormatterTests
{
    private static readonly ScriptedAnswerService Answers = new();

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var question in new[] { "who won?", "long question", "everyone question", "unknown thing" })
        {
            foreach (var perPage in new[] { 1, 2, 3, 5 })
            {
                data.Add(question, perPage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FormatAnswer_AnyAnswer_FitsDocsLimitsAndOpenApiSchemas(string question, int perPage)
    {
        var answer = Answers.Ask(question, perPage + 1);

        var reply = ReplyFormatter.FormatAnswer(answer, 0, perPage, answer.Answers.Count > perPage, "0123456789abcdef");

        AssertValidEverywhere(reply);
        Assert.True(EmbedLength.Of(reply.Embeds) <= DiscordLimits.EmbedTotal);
    }

    [Fact]
    public void FormatAnswer_LongPassages_UseNearlyAllOfTheBudgetAndKeepTheSentence()
    {
        var answer = Answers.Ask("long question", 6);

        var reply = ReplyFormatter.FormatAnswer(answer, 0, 5, true, "k");

        Assert.Equal(5, reply.Embeds.Count);
        Assert.InRange(EmbedLength.Of(reply.Embeds), 5000, 6000);
        Assert.All(reply.Embeds, e => Assert.StartsWith("**lengthy lengthy", e.Description, StringComparison.Ordinal));
        Assert.All(reply.Embeds, e => Assert.EndsWith("more", e.Fields!.Single(f => f.Name == "Also reported by").Value, StringComparison.Ordinal));
        Assert.All(reply.Embeds, e => Assert.Null(e.Url));
    }

    [Fact]
    public void FormatAnswer_OnePage_HasSourceAndMoreButtonsWithShortCustomIds()
    {
        var answer = Answers.Ask("who won?", 3, skip: 4);

        var reply = ReplyFormatter.FormatAnswer(answer, 4, 2, hasMore: true, "0123456789abcdef");

        var buttons = Assert.Single(reply.Components).Components;
        Assert.Equal(["more:6:0123456789abcdef", "src:4:0123456789abcdef"], buttons.Select(b => b.CustomId));
        var first = reply.Embeds[0];
        Assert.Equal("Cup final report 5", first.Title);
        Assert.Equal("https://example.com/news/5", first.Url);
        Assert.StartsWith("**The cup was won by Team 5 (commit 1).**", first.Description, StringComparison.Ordinal);
        Assert.Equal("Example News · 2024-05-01", first.Fields!.Single(f => f.Name == "Source").Value);
    }

    [Fact]
    public void FormatAnswer_LastPage_HasNoMoreButton()
    {
        var answer = Answers.Ask("who won?", 3, skip: 9);

        var reply = ReplyFormatter.FormatAnswer(answer, 9, 2, hasMore: false, "k");

        Assert.Equal(["Source"], reply.Components.Single().Components.Select(b => b.Label));
    }

    [Fact]
    public void FormatAnswer_Abstention_SaysSoPlainlyWithHints()
    {
        var answer = Answers.Ask("unknown thing", 3);

        var reply = ReplyFormatter.FormatAnswer(answer, 0, 2, false, "k");

        Assert.StartsWith("I don't know", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Closest: a \\*markdown\\* title", reply.Embeds.Single().Description, StringComparison.Ordinal);
        Assert.Empty(reply.Components);
    }

    [Fact]
    public void FormatArticle_ManyParagraphs_FitsTheLimits()
    {
        var article = Answers.GetArticle("corpus/article-1.md")!;

        var reply = ReplyFormatter.FormatArticle(article);

        AssertValidEverywhere(reply);
        Assert.StartsWith("Paragraph 1 of corpus/article-1.md.", reply.Embeds.Single().Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_LongerThanContentLimit_IsTrimmed()
    {
        var reply = FormattedReply.Text(new string('a', 5000));

        Assert.Equal(2000, reply.Content!.Length);
    }

    private static void AssertValidEverywhere(FormattedReply reply)
    {
        var create = JsonDocument.Parse(Serialize(reply.ToMessageCreate(new MessageReference("1")))).RootElement;
        Assert.Empty(OpenApiSchemaValidator.Discord.ValidateSchema("MessageCreateRequest", create));
        Assert.Empty(DocsLimits.Check(create));

        var callback = JsonDocument.Parse(Serialize(new InteractionResponse(InteractionResponseType.ChannelMessageWithSource, reply.ToCallbackData()))).RootElement;
        Assert.Empty(OpenApiSchemaValidator.Discord.ValidateRequest("/interactions/{interaction_id}/{interaction_token}/callback", "post", callback));
        Assert.Empty(DocsLimits.Check(callback.GetProperty("data")));

        var update = JsonDocument.Parse(Serialize(new InteractionResponse(InteractionResponseType.UpdateMessage, reply.ToCallbackData()))).RootElement;
        Assert.Empty(OpenApiSchemaValidator.Discord.ValidateRequest("/interactions/{interaction_id}/{interaction_token}/callback", "post", update));

        var edit = JsonDocument.Parse(Serialize(reply.ToMessageEdit())).RootElement;
        Assert.Empty(OpenApiSchemaValidator.Discord.ValidateRequest("/webhooks/{webhook_id}/{webhook_token}/messages/@original", "patch", edit));
        Assert.Empty(DocsLimits.Check(edit));
    }

    private static string Serialize<T>(T value) => WireJson.Serialize(value);
}
