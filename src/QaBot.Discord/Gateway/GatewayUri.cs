namespace QaBot.Discord.Gateway;

/// <summary>Adds the version and encoding query Discord expects to a gateway or resume URL.</summary>
internal static class GatewayUri
{
    public static Uri Build(Uri baseUrl)
    {
        var builder = new UriBuilder(baseUrl)
        {
            Query = "v=10&encoding=json",
        };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
