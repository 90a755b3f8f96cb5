using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using QaBot.Discord.Api;

namespace QaBot.Discord.Gateway;

/// <summary>One dispatch (op 0) from the gateway: the event name, its sequence number and its data.</summary>
/// <param name="Name">The event name, e.g. MESSAGE_CREATE, INTERACTION_CREATE, READY, RESUMED.</param>
/// <param name="Sequence">The sequence number <c>s</c>.</param>
/// <param name="Data">The event data <c>d</c> (independent of the receive buffer).</param>
public sealed record GatewayDispatch(string Name, int Sequence, JsonElement Data)
{
    /// <summary>
    /// Reads <see cref="Data"/> as one of this library's models (<see cref="Messages.DiscordMessage"/>,
    /// <see cref="Interactions.Interaction"/>, <see cref="ReadyEvent"/>, ...).
    /// </summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the library's models.</exception>
    /// <exception cref="JsonException">The data does not have the shape of <typeparamref name="T"/>.</exception>
    public T ReadAs<T>()
    {
        var info = DiscordJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new NotSupportedException($"{typeof(T).Name} is not a Discord model of this library.");
        return Data.Deserialize(info) ?? throw new JsonException($"The {Name} dispatch has no data.");
    }
}
