using System.Net.Http.Json;
using System.Text.Json;
using QaBot.Discord.Tests.Fakes;

namespace QaBot.Bot.Tests.Twin;

/// <summary>Scripts users through the harness's control API and reads back what the bot did.</summary>
public sealed class TwinControl(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(string MessageId, double BroadcastAt)> SendMessageAsync(string channelId, string userId, string content)
    {
        var response = await PostAsync("/_control/message", new { channelId, userId, content });
        return (response.GetProperty("message").GetProperty("id").GetString()!, response.GetProperty("broadcastAt").GetDouble());
    }

    public async Task<(string Id, string Token)> SlashAsync(string channelId, string userId, string name, string? question = null)
    {
        object? options = question is null ? null : new[] { new { name = "question", type = 3, value = question } };
        var response = await PostAsync("/_control/slash", new { channelId, userId, name, options });
        return (response.GetProperty("id").GetString()!, response.GetProperty("token").GetString()!);
    }

    public async Task<(string Id, string Token)> ClickAsync(string channelId, string userId, string messageId, string customId)
    {
        var response = await PostAsync("/_control/button", new { channelId, userId, messageId, customId });
        return (response.GetProperty("id").GetString()!, response.GetProperty("token").GetString()!);
    }

    public async Task<JsonElement[]> MessagesAsync(string channelId) =>
        (await http.GetFromJsonAsync<JsonElement[]>($"/_control/messages?channelId={channelId}"))!;

    public async Task<TwinRequest[]> RequestsAsync(int since = 0) =>
        (await http.GetFromJsonAsync<TwinRequest[]>($"/_control/requests?since={since}", Json))!;

    public async Task<int> RequestCountAsync() => (await RequestsAsync()).Length;

    /// <summary>The first answered request from <paramref name="since"/> on that matches, waiting (bounded) for it.</summary>
    public async Task<TwinRequest> WaitForRequestAsync(int since, Func<TwinRequest, bool> match, string what)
    {
        var deadline = DateTime.UtcNow + Eventually.DefaultTimeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = (await RequestsAsync(since)).FirstOrDefault(r => r.Status is not null && match(r));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Timed out waiting for the bot to send: {what}");
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Twin control {path} failed: {text}");
        }

        return JsonDocument.Parse(text).RootElement;
    }
}
