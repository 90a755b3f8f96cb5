using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace QaBot.Bot.Configuration;

/// <summary>Checks the options at start, each failure one line that says what to set.</summary>
internal sealed class DiscordBotOptionsValidator : IValidateOptions<DiscordBotOptions>
{
    private readonly IConfiguration _configuration;

    public DiscordBotOptionsValidator(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    public ValidateOptionsResult Validate(string? name, DiscordBotOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("Discord:Token is missing: set the environment variable QABOT_Discord__Token to the bot token.");
        }
        else if (TokenFromFile() is { } file)
        {
            failures.Add($"Discord:Token must not be in a settings file ({file}): remove it there and set QABOT_Discord__Token in the environment.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL, e.g. https://discord.com/api/v10.");
        }

        if (options.ShardCount < 1 || options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            failures.Add($"Discord:ShardId ({options.ShardId}) must be at least 0 and below Discord:ShardCount ({options.ShardCount}).");
        }

        if (options.UserCooldown < TimeSpan.Zero)
        {
            failures.Add("Discord:UserCooldown must not be negative.");
        }

        if (options.PassagesPerPage is < 1 or > 5)
        {
            failures.Add("Discord:PassagesPerPage must be between 1 and 5.");
        }

        if (options.DeferAfter < TimeSpan.Zero || options.DeferAfter > TimeSpan.FromSeconds(2.5))
        {
            failures.Add("Discord:DeferAfter must be between 0 and 2.5 seconds (Discord wants a first response within 3 s).");
        }

        if (options.MaxConcurrentQuestions < 1)
        {
            failures.Add("Discord:MaxConcurrentQuestions must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private string? TokenFromFile()
    {
        if (_configuration is not IConfigurationRoot root)
        {
            return null;
        }

        // The last provider that has the key wins, as in configuration itself.
        var source = root.Providers.LastOrDefault(p => p.TryGet(DiscordBotOptions.SectionName + ":Token", out _));
        return source is FileConfigurationProvider file ? file.Source.Path ?? "a settings file" : null;
    }
}
