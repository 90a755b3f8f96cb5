namespace QaBot.Discord.Interactions;

/// <summary>The body of POST /interactions/{id}/{token}/callback.</summary>
public sealed record InteractionResponse(InteractionResponseType Type, InteractionCallbackData? Data = null);
