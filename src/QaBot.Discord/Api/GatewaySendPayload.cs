using System.Text.Json.Serialization;

namespace QaBot.Discord.Api;

/// <summary>A payload the client sends: {"op": ..., "d": ...}. d is written even when null (a first heartbeat).</summary>
internal sealed record GatewaySendPayload<T>(
    GatewayOpCode Op,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] T D);
