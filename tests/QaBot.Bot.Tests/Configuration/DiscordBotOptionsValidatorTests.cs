using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QaBot.Bot.Configuration;
using QaBot.Bot.Tests.Support;
using QaBot.Core.Answers;

namespace QaBot.Bot.Tests.Configuration;

public sealed class DiscordBotOptionsValidatorTests
{
    [Fact]
    public void Options_MissingToken_FailsWithOneLineNamingTheEnvironmentVariable()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new ConfigurationBuilder().Build()));

        var failure = Assert.Single(error.Failures);
        Assert.Contains("QABOT_Discord__Token", failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public async Task HostStart_WithoutToken_StopsBeforeConnectingWithTheOneLineMessage()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddEnvironmentVariables("QABOT_TEST_UNSET_");
        builder.Services.AddSingleton<IAnswerService>(new ScriptedAnswerService());
        builder.Services.AddSingleton<IReindexer>(new FakeReindexer());
        builder.Services.AddQaBotDiscord(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("Discord:Token is missing: set the environment variable QABOT_Discord__Token to the bot token.", error.Message);
    }

    [Fact]
    public void Options_TokenInASettingsFile_IsRefused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"qabot-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"Discord":{"Token":"secret-in-file"}}""");
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();

            var error = Assert.Throws<OptionsValidationException>(() => Resolve(configuration));

            Assert.Contains("must not be in a settings file", Assert.Single(error.Failures), StringComparison.Ordinal);
            Assert.DoesNotContain("secret-in-file", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Options_FromEnvironmentPrefix_BindEveryKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "t",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:5000/api/v10",
            ["Discord:AllowedChannelIds:0"] = "1",
            ["Discord:AdminRoleIds:0"] = "2",
            ["Discord:AdminUserIds:0"] = "3",
            ["Discord:UserCooldown"] = "00:00:09",
            ["Discord:ShardId"] = "1",
            ["Discord:ShardCount"] = "2",
            ["Discord:PassagesPerPage"] = "3",
        }).Build();

        var options = Resolve(configuration);

        Assert.Equal(("t", "1", "2", "3", 9, 1, 2, 3), (options.Token, options.AllowedChannelIds.Single(), options.AdminRoleIds.Single(), options.AdminUserIds.Single(), options.UserCooldown.Seconds, options.ShardId, options.ShardCount, options.PassagesPerPage));
    }

    [Theory]
    [InlineData("Discord:ShardId", "2", "ShardId")]
    [InlineData("Discord:PassagesPerPage", "9", "PassagesPerPage")]
    [InlineData("Discord:DeferAfter", "00:00:05", "DeferAfter")]
    [InlineData("Discord:UserCooldown", "-00:00:01", "UserCooldown")]
    public void Options_OutOfRange_FailNamingTheKey(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "t",
            [key] = value,
        }).Build();

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(configuration));

        Assert.Contains(expected, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static DiscordBotOptions Resolve(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IAnswerService>(new ScriptedAnswerService());
        services.AddSingleton<IReindexer>(new FakeReindexer());
        services.AddQaBotDiscord(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DiscordBotOptions>>().Value;
    }
}
