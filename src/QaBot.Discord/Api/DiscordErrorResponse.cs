using System.Text.Json;

namespace QaBot.Discord.Api;

/// <summary>The body of a 4xx/5xx error response.</summary>
internal sealed record DiscordErrorResponse(int? Code, string? Message, JsonElement? Errors);
