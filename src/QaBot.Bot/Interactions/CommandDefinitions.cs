using QaBot.Discord.Interactions;

namespace QaBot.Bot.Interactions;

/// <summary>The slash commands the bot registers at start.</summary>
internal static class CommandDefinitions
{
    public const string AskName = "ask";
    public const string QuestionOption = "question";
    public const string ReindexName = "reindex";

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new(AskName, "Ask a question about the news articles", [new(ApplicationCommandOptionType.Text, QuestionOption, "Your question", Required: true, MaxLength: 500)]),
        new(ReindexName, "Re-index the news articles (QaBot admins only)"),
    ];
}
