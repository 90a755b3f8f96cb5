using System.Text.Json.Serialization;
using QaBot.Discord.Gateway;
using QaBot.Discord.Interactions;
using QaBot.Discord.Messages;
using QaBot.Discord.Rest;
using QaBot.Discord.Users;

namespace QaBot.Discord.Api;

/// <summary>
/// Discord's wire format in one place: snake_case names, numbers for enums, nulls left out of
/// requests (Discord reads a present null as "clear this field").
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GatewaySendPayload<IdentifyData>))]
[JsonSerializable(typeof(GatewaySendPayload<ResumeData>))]
[JsonSerializable(typeof(GatewaySendPayload<int?>))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(RateLimitedResponse))]
[JsonSerializable(typeof(DiscordErrorResponse))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(MessageCreate))]
[JsonSerializable(typeof(MessageEdit))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(InteractionCallbackData))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(ApplicationCommand[]))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
