using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Bot.Answering;
using QaBot.Bot.Configuration;
using QaBot.Bot.Hosting;
using QaBot.Bot.Interactions;
using QaBot.Bot.Questions;
using QaBot.Discord.Gateway;
using QaBot.Discord.Rest;

namespace QaBot.Bot;

/// <summary>Registers the Discord front end with the Generic Host.</summary>
public static class DiscordBotServiceCollectionExtensions
{
    private const string UserAgent = "DiscordBot (https://github.com/qabot/qabot, 1.0)";

    /// <summary>
    /// Adds the Discord bot: options bound from the <c>Discord</c> section and validated at start (a missing
    /// token stops the host with a one-line message naming <c>QABOT_Discord__Token</c>), the REST and gateway
    /// clients, and the hosted service. The caller registers <see cref="Core.Answers.IAnswerService"/> and
    /// <see cref="IReindexer"/>.
    /// </summary>
    public static IServiceCollection AddQaBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordBotOptions>()
            .Bind(configuration.GetSection(DiscordBotOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordBotOptions>>(new DiscordBotOptionsValidator(configuration));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);
        services.AddSingleton<DiscordHttp>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DiscordBotOptions>>().Value;
            return new DiscordRestClient(
                sp.GetRequiredService<DiscordHttp>().Client,
                new DiscordRestOptions { ApiBaseUrl = options.ApiBaseUrl, Token = options.Token, UserAgent = UserAgent },
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<DiscordRestClient>>());
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DiscordBotOptions>>().Value;
            return new DiscordGatewayClient(
                new DiscordGatewayOptions
                {
                    Token = options.Token,
                    ShardId = options.ShardId,
                    ShardCount = options.ShardCount,
                    UserAgent = UserAgent,
                },
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<Random>(),
                sp.GetRequiredService<ILogger<DiscordGatewayClient>>());
        });

        services.AddSingleton<BotIdentity>();
        services.AddSingleton<ChannelPolicy>();
        services.AddSingleton(_ => new RecentIds());
        services.AddSingleton(_ => new QuestionCache());
        services.AddSingleton(sp => new UserCooldown(
            sp.GetRequiredService<IOptions<DiscordBotOptions>>().Value.UserCooldown,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new InFlightWork(
            sp.GetRequiredService<IOptions<DiscordBotOptions>>().Value.MaxConcurrentQuestions,
            sp.GetRequiredService<ILogger<InFlightWork>>()));
        services.AddSingleton<AnswerRunner>();
        services.AddSingleton<AnswerPages>();
        services.AddSingleton<MessageQuestionHandler>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<AdminPolicy>();
        services.AddSingleton<AskCommand>();
        services.AddSingleton<ReindexCommand>();
        services.AddSingleton<ButtonHandler>();
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<DispatchRouter>();
        services.AddHostedService<DiscordBotService>();
        return services;
    }
}
