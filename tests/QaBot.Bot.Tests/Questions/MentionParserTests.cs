using QaBot.Bot.Questions;
using QaBot.Discord.Messages;
using QaBot.Discord.Users;

namespace QaBot.Bot.Tests.Questions;

public sealed class MentionParserTests
{
    private const string Bot = "100";

    [Theory]
    [InlineData("<@100> who won the cup?", "who won the cup?")]
    [InlineData("<@!100> who won the cup?", "who won the cup?")]
    [InlineData("who won <@100> the cup?", "who won the cup?")]
    [InlineData("<@100>\n\n  who won?  <@100>", "who won?")]
    [InlineData("<@100> ask <@200> about it", "ask <@200> about it")]
    [InlineData("<@100>", "")]
    public void TryGetQuestion_GuildMessageMentioningTheBot_StripsOnlyTheBotsMentions(string content, string expected)
    {
        Assert.True(MentionParser.TryGetQuestion(Message(content, guildId: "600"), Bot, out var question));
        Assert.Equal(expected, question);
    }

    [Theory]
    [InlineData("who won the cup?")]
    [InlineData("<@200> who won?")]
    [InlineData("<@1000> who won?")]
    public void TryGetQuestion_GuildMessageWithoutTheBot_IsNotForTheBot(string content)
    {
        Assert.False(MentionParser.TryGetQuestion(Message(content, guildId: "600"), Bot, out _));
    }

    [Fact]
    public void TryGetQuestion_DirectMessageWithoutMention_IsForTheBot()
    {
        Assert.True(MentionParser.TryGetQuestion(Message("who won?", guildId: null), Bot, out var question));
        Assert.Equal("who won?", question);
    }

    [Fact]
    public void TryGetQuestion_MentionsArrayNamesTheBot_IsForTheBot()
    {
        var message = Message("hey who won?", "600") with { Mentions = [new DiscordUser(Bot, "QaBot", true)] };

        Assert.True(MentionParser.TryGetQuestion(message, Bot, out _));
    }

    private static DiscordMessage Message(string content, string? guildId) =>
        new("1", "500", guildId, new DiscordUser("700", "asker"), content);
}
