using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QaBot.Bot.Tests.Support;
using QaBot.Discord.Gateway;
using Xunit.Abstractions;

namespace QaBot.Bot.Tests.Twin;

/// <summary>The real bot against discord-digital-twin: users post through the twin, the bot's REST calls are checked.</summary>
[Collection(TwinGroup.Name)]
public sealed class TwinBotTests(TwinFixture twin, ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private const string CallbackPath = "/interactions/{interaction_id}/{interaction_token}/callback";
    private TwinInfo Info => twin.Info;

    [Fact]
    public async Task Mention_InChannel_RepliesToTheQuestionWithAnEmbedThatPingsNoOne()
    {
        var since = await twin.Control.RequestCountAsync();

        var (messageId, broadcastAt) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, $"<@{Info.BotUserId}> who won the cup final?");

        var reply = await ReplyToAsync(since, Info.GeneralChannelId, messageId);
        var body = reply.Json;
        AssertMessageCreateIsValid(body);
        Assert.Equal(messageId, body.GetProperty("message_reference").GetProperty("message_id").GetString());
        var embed = body.GetProperty("embeds")[0];
        Assert.Equal("Cup final report 1", embed.GetProperty("title").GetString());
        Assert.Equal("https://example.com/news/1", embed.GetProperty("url").GetString());
        Assert.StartsWith("**The cup was won by Team 1 (commit ", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("Context before.", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        var fields = embed.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("Example News · 2024-05-01", fields["Source"]);
        Assert.Equal("Daily Planet (2024-05-02), The Bugle", fields["Also reported by"]);
        Assert.Equal(["More", "Source"], body.GetProperty("components")[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("label").GetString()));
        Assert.Equal("Bot " + Info.BotToken, reply.Authorization);
        Assert.StartsWith("DiscordBot (", reply.UserAgent, StringComparison.Ordinal);
        Assert.Equal(200, reply.Status);

        var stored = (await twin.Control.MessagesAsync(Info.GeneralChannelId)).Single(m => m.TryGetProperty("message_reference", out var r) && r.GetProperty("message_id").GetString() == messageId);
        Assert.Equal(Info.BotUserId, stored.GetProperty("author").GetProperty("id").GetString());

        var latency = reply.ReceivedAt - broadcastAt;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MESSAGE_CREATE broadcast -> reply request: {latency:0.0} ms"));
        output.WriteLine("Question: <@bot> who won the cup final?");
        output.WriteLine("Reply request: POST /" + reply.Path);
        output.WriteLine(JsonSerializer.Serialize(body, Pretty));
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "twin-exchange.txt"), string.Create(CultureInfo.InvariantCulture, $"latency_ms={latency:0.0}\n{reply.Path}\n{reply.Body}\n"));
        Assert.InRange(latency, 0, 2000);
    }

    [Fact]
    public async Task Mention_LatencyOverTenQuestions_IsReported()
    {
        var latencies = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var since = await twin.Control.RequestCountAsync();
            var (messageId, broadcastAt) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, $"<@{Info.BotUserId}> question number {i}?");
            var reply = await ReplyToAsync(since, Info.GeneralChannelId, messageId);
            latencies.Add(reply.ReceivedAt - broadcastAt);
        }

        latencies.Sort();
        var summary = string.Create(CultureInfo.InvariantCulture, $"MESSAGE_CREATE -> reply request over 10 questions: min {latencies[0]:0.0} ms, median {latencies[5]:0.0} ms, max {latencies[^1]:0.0} ms");
        output.WriteLine(summary);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "twin-latency.txt"), summary + "\n");
        Assert.True(latencies[5] < 1000, summary);
    }

    [Fact]
    public async Task DirectMessage_WithoutMention_IsAnswered()
    {
        var since = await twin.Control.RequestCountAsync();

        var (messageId, _) = await twin.Control.SendMessageAsync(Info.DmChannelId, Info.AliceId, "who won the cup in the DM?");

        var reply = await ReplyToAsync(since, Info.DmChannelId, messageId);
        AssertMessageCreateIsValid(reply.Json);
        Assert.Equal(["who won the cup in the DM?"], twin.Answers.Asked.Where(a => a.Question.Contains("DM", StringComparison.Ordinal)).Select(a => a.Question).Distinct());
    }

    [Fact]
    public async Task Messages_FromOtherBotsAndWithoutMention_GetNoReply()
    {
        var since = await twin.Control.RequestCountAsync();

        var (fromBot, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.OtherBotId, $"<@{Info.BotUserId}> bot asking?");
        var (unaddressed, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, "talking among ourselves about the cup");
        var (fromSelf, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.BotUserId, $"<@{Info.BotUserId}> talking to myself?");
        var (real, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, $"<@{Info.BotUserId}> a real question after them?");
        await ReplyToAsync(since, Info.GeneralChannelId, real);

        var posts = (await twin.Control.RequestsAsync(since)).Where(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)).ToArray();
        var repliedTo = posts.Select(p => p.Json.GetProperty("message_reference").GetProperty("message_id").GetString()!).ToArray();
        Assert.Equal([real], repliedTo);
        Assert.DoesNotContain(fromBot, repliedTo);
        Assert.DoesNotContain(unaddressed, repliedTo);
        Assert.DoesNotContain(fromSelf, repliedTo);
    }

    [Fact]
    public async Task Everyone_InQuestionAndPassages_IsShownButPingsNoOne()
    {
        var since = await twin.Control.RequestCountAsync();

        var (messageId, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, $"@everyone <@{Info.BotUserId}> what did everyone hear?");

        var body = (await ReplyToAsync(since, Info.GeneralChannelId, messageId)).Json;
        AssertMessageCreateIsValid(body);
        Assert.Equal("""{"parse":[]}""", body.GetProperty("allowed_mentions").GetRawText());
        Assert.Contains("@everyone was told", body.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongPassagesAndManyReports_ReplyFitsEveryLimitAndTheTwinAcceptsIt()
    {
        var since = await twin.Control.RequestCountAsync();

        var (messageId, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, $"<@{Info.BotUserId}> tell me the long story");

        var reply = await ReplyToAsync(since, Info.GeneralChannelId, messageId);
        AssertMessageCreateIsValid(reply.Json);
        Assert.Equal(200, reply.Status);
        Assert.Equal(2, reply.Json.GetProperty("embeds").GetArrayLength());
    }

    [Fact]
    public async Task BrokenIndex_RepliesPlainlyThatItCannotAnswer()
    {
        var since = await twin.Control.RequestCountAsync();

        var (messageId, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, $"<@{Info.BotUserId}> is the index broken?");

        var body = (await ReplyToAsync(since, Info.GeneralChannelId, messageId)).Json;
        AssertMessageCreateIsValid(body);
        Assert.StartsWith("Sorry, I can't answer right now", body.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abstention_SaysSoPlainly()
    {
        var since = await twin.Control.RequestCountAsync();

        var (messageId, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, $"<@{Info.BotUserId}> something unknown?");

        var body = (await ReplyToAsync(since, Info.GeneralChannelId, messageId)).Json;
        AssertMessageCreateIsValid(body);
        Assert.StartsWith("I don't know", body.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashAsk_QuickAnswer_RespondsAtOnceWithType4()
    {
        var since = await twin.Control.RequestCountAsync();

        var (id, _) = await twin.Control.SlashAsync(Info.GeneralChannelId, Info.AliceId, "ask", "who won the cup by slash?");

        var callback = await twin.Control.WaitForRequestAsync(since, r => r.Path == $"interactions/{id}/test-interaction-token-{id}/callback", "the /ask callback");
        AssertCallbackIsValid(callback.Json);
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.StartsWith("**The cup was won by Team 1", callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(204, callback.Status);
    }

    [Fact]
    public async Task SlashAsk_SlowAnswer_DefersWithType5ThenEditsTheOriginal()
    {
        var since = await twin.Control.RequestCountAsync();
        using var slow = new ManualResetEventSlim(false);
        twin.Answers.SlowGate = slow;
        try
        {
            var (id, token) = await twin.Control.SlashAsync(Info.GeneralChannelId, Info.AliceId, "ask", "slow question about the cup");

            // The answer is held back until the bot has deferred: the deferral cannot have waited for it.
            var deferred = await twin.Control.WaitForRequestAsync(since, r => r.Path == $"interactions/{id}/{token}/callback", "the deferral");
            slow.Set();
            var edit = await twin.Control.WaitForRequestAsync(since, r => r.Method == "PATCH" && r.Path == $"webhooks/{Info.BotUserId}/{token}/messages/@original", "the edit of @original");

            AssertCallbackIsValid(deferred.Json);
            Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
            Assert.Empty(OpenApiSchemaValidator.Discord.ValidateRequest("/webhooks/{webhook_id}/{webhook_token}/messages/@original", "patch", edit.Json));
            Assert.Empty(DocsLimits.Check(edit.Json));
            Assert.Equal(200, edit.Status);
        }
        finally
        {
            twin.Answers.SlowGate = null;
        }

        var stored = (await twin.Control.MessagesAsync(Info.GeneralChannelId)).Last(m => m.GetProperty("author").GetProperty("id").GetString() == Info.BotUserId);
        Assert.StartsWith("**The cup was won by Team 1", stored.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreButton_PagesTheAnswerInPlace_SourceButtonShowsTheArticleToTheClicker()
    {
        var since = await twin.Control.RequestCountAsync();
        var (questionId, _) = await twin.Control.SendMessageAsync(Info.OtherChannelId, Info.AliceId, $"<@{Info.BotUserId}> who won the cup, with buttons?");
        var reply = await ReplyToAsync(since, Info.OtherChannelId, questionId);
        var buttons = reply.Json.GetProperty("components")[0].GetProperty("components").EnumerateArray().ToDictionary(b => b.GetProperty("label").GetString()!, b => b.GetProperty("custom_id").GetString()!);
        var botMessage = (await twin.Control.MessagesAsync(Info.OtherChannelId)).Last(m => m.GetProperty("author").GetProperty("id").GetString() == Info.BotUserId).GetProperty("id").GetString()!;

        var (moreId, moreToken) = await twin.Control.ClickAsync(Info.OtherChannelId, Info.AliceId, botMessage, buttons["More"]);
        var more = await twin.Control.WaitForRequestAsync(since, r => r.Path == $"interactions/{moreId}/{moreToken}/callback", "the More callback");
        var (sourceId, sourceToken) = await twin.Control.ClickAsync(Info.OtherChannelId, Info.AliceId, botMessage, buttons["Source"]);
        var source = await twin.Control.WaitForRequestAsync(since, r => r.Path == $"interactions/{sourceId}/{sourceToken}/callback", "the Source callback");

        AssertCallbackIsValid(more.Json);
        Assert.Equal(7, more.Json.GetProperty("type").GetInt32());
        Assert.Equal(["Cup final report 3", "Cup final report 4"], more.Json.GetProperty("data").GetProperty("embeds").EnumerateArray().Select(e => e.GetProperty("title").GetString()));
        var updated = (await twin.Control.MessagesAsync(Info.OtherChannelId)).Single(m => m.GetProperty("id").GetString() == botMessage);
        Assert.Equal("Cup final report 3", updated.GetProperty("embeds")[0].GetProperty("title").GetString());

        AssertCallbackIsValid(source.Json);
        Assert.Equal(4, source.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, source.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("Paragraph 1 of corpus/article-1.md.", source.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_Admin_GetsTheCounts_OthersAPoliteNo()
    {
        var since = await twin.Control.RequestCountAsync();
        var runs = twin.Reindexer.Runs;

        var (deniedId, deniedToken) = await twin.Control.SlashAsync(Info.GeneralChannelId, Info.AliceId, "reindex");
        var denied = await twin.Control.WaitForRequestAsync(since, r => r.Path == $"interactions/{deniedId}/{deniedToken}/callback", "the refusal");
        var (adminId, adminToken) = await twin.Control.SlashAsync(Info.GeneralChannelId, Info.AdminId, "reindex");
        var done = await twin.Control.WaitForRequestAsync(since, r => r.Path == $"interactions/{adminId}/{adminToken}/callback", "the reindex answer");

        AssertCallbackIsValid(denied.Json);
        Assert.Equal("Sorry, only QaBot admins can run /reindex.", denied.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(64, denied.Json.GetProperty("data").GetProperty("flags").GetInt32());
        AssertCallbackIsValid(done.Json);
        var report = done.Json.GetProperty("data").GetProperty("content").GetString();
        Assert.StartsWith("Reindexed in 1.3 s:", report, StringComparison.Ordinal);
        Assert.Contains("3 added, 2 changed, 1 removed, 40 unchanged, 1 skipped. The index now has 44 articles, 512 passages", report, StringComparison.Ordinal);
        Assert.Equal(runs + 1, twin.Reindexer.Runs);
    }

    [Fact]
    public async Task NewIndexCommit_TheNextQuestionIsAnsweredFromIt()
    {
        var before = twin.Answers.Commit;
        try
        {
            var since = await twin.Control.RequestCountAsync();
            var (first, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, $"<@{Info.BotUserId}> who won the cup before reindexing?");
            var old = await ReplyToAsync(since, Info.GeneralChannelId, first);
            twin.Answers.Commit = before + 1;
            var (second, _) = await twin.Control.SendMessageAsync(Info.GeneralChannelId, Info.AliceId, $"<@{Info.BotUserId}> who won the cup after reindexing?");
            var fresh = await ReplyToAsync(since, Info.GeneralChannelId, second);

            Assert.Contains($"(commit {before})", old.Json.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Contains($"(commit {before + 1})", fresh.Json.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            twin.Answers.Commit = before;
        }
    }

    [Fact]
    public async Task Startup_RegisteredCommandsMatchTheOfficialSchema()
    {
        var put = (await twin.Control.RequestsAsync()).First(r => r.Method == "PUT");

        Assert.Equal($"applications/{Info.BotUserId}/commands", put.Path);
        Assert.Empty(OpenApiSchemaValidator.Discord.ValidateRequest("/applications/{application_id}/commands", "put", put.Json));
        var ask = put.Json.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "ask");
        Assert.Equal("question", ask.GetProperty("options")[0].GetProperty("name").GetString());
        Assert.True(ask.GetProperty("options")[0].GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task WrongToken_TwinClosesWith4004_BotStopsTheHostWithAClearErrorAndNeverReconnects()
    {
        var lease = await BotHost.StartAsync(new Uri(Info.RestUrl), "not-the-token", new ScriptedAnswerService(), new FakeReindexer());
        try
        {
            var lifetime = lease.Host.Services.GetRequiredService<IHostApplicationLifetime>();
            var gateway = lease.Host.Services.GetRequiredService<DiscordGatewayClient>();

            var error = await Assert.ThrowsAsync<GatewayFatalException>(() => gateway.Completion.WaitAsync(TimeSpan.FromSeconds(10)));
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);

            Assert.Equal(4004, error.CloseCode);
            Assert.Contains("token", error.Message, StringComparison.Ordinal);
            Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
            await lease.DisposeAsync();
        }
    }

    private Task<TwinRequest> ReplyToAsync(int since, string channelId, string messageId) =>
        twin.Control.WaitForRequestAsync(
            since,
            r => r.Method == "POST"
                && r.Path == $"channels/{channelId}/messages"
                && r.Json.TryGetProperty("message_reference", out var reference)
                && reference.GetProperty("message_id").GetString() == messageId,
            $"a reply to message {messageId}");

    private static void AssertMessageCreateIsValid(JsonElement body)
    {
        Assert.Empty(OpenApiSchemaValidator.Discord.ValidateSchema("MessageCreateRequest", body));
        Assert.Empty(DocsLimits.Check(body));
    }

    private static void AssertCallbackIsValid(JsonElement body)
    {
        Assert.Empty(OpenApiSchemaValidator.Discord.ValidateRequest(CallbackPath, "post", body));
        if (body.TryGetProperty("data", out var data))
        {
            Assert.Empty(DocsLimits.Check(data));
        }
    }
}
