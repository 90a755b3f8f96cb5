namespace QaBot.Discord.Rest;

/// <summary>
/// One REST call: the concrete path, and the template that names its rate-limit route. The major
/// parameter (channel, guild, webhook or interaction) keeps buckets of different resources apart.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path relative to the API base, with ids filled in.</param>
/// <param name="Template">The path with ids and tokens as placeholders: safe to log.</param>
/// <param name="MajorParameter">The top-level resource id, or "" when none.</param>
/// <param name="Authenticated">False for interaction and webhook-token routes, which carry their own token.</param>
internal sealed record RestRoute(HttpMethod Method, string Path, string Template, string MajorParameter, bool Authenticated = true)
{
    /// <summary>The route key used to learn which bucket a route belongs to.</summary>
    public string Key => Method.Method + " " + Template;

    public override string ToString() => Key;
}
