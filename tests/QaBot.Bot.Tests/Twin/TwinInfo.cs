namespace QaBot.Bot.Tests.Twin;

/// <summary>What the harness prints: where the twin listens and the ids it seeded.</summary>
public sealed record TwinInfo(
    string RestUrl,
    string ControlUrl,
    string GatewayUrl,
    string BotToken,
    string BotUserId,
    string GuildId,
    string GeneralChannelId,
    string OtherChannelId,
    string DmChannelId,
    string AliceId,
    string AdminId,
    string OtherBotId);
