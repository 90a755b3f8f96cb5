using System.Globalization;
using System.Text.Json;

namespace QaBot.Bot.Tests.Support;

/// <summary>
/// The limits of Discord's docs that are stricter than the OpenAPI description (content 2000, not 4000;
/// all embeds together 6000), plus the house rule that every message pings no one.
/// </summary>
public static class DocsLimits
{
    public static IReadOnlyList<string> Check(JsonElement message)
    {
        var errors = new List<string>();
        void Max(string what, int length, int max)
        {
            if (length > max)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: {length} > {max}"));
            }
        }

        if (message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
        {
            Max("content", Length(content), 2000);
        }

        var total = 0;
        if (message.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array)
        {
            Max("embeds", embeds.GetArrayLength(), 10);
            foreach (var embed in embeds.EnumerateArray())
            {
                total += Text(embed, "title", 256, "embed title", Max) + Text(embed, "description", 4096, "embed description", Max);
                if (embed.TryGetProperty("footer", out var footer))
                {
                    total += Text(footer, "text", 2048, "footer", Max);
                }

                if (embed.TryGetProperty("author", out var author))
                {
                    total += Text(author, "name", 256, "author", Max);
                }

                if (embed.TryGetProperty("fields", out var fields))
                {
                    Max("fields", fields.GetArrayLength(), 25);
                    foreach (var field in fields.EnumerateArray())
                    {
                        total += Text(field, "name", 256, "field name", Max) + Text(field, "value", 1024, "field value", Max);
                    }
                }
            }
        }

        Max("all embeds", total, 6000);
        if (message.TryGetProperty("components", out var rows) && rows.ValueKind == JsonValueKind.Array)
        {
            Max("action rows", rows.GetArrayLength(), 5);
            foreach (var row in rows.EnumerateArray())
            {
                var buttons = row.GetProperty("components");
                Max("buttons in a row", buttons.GetArrayLength(), 5);
                foreach (var button in buttons.EnumerateArray())
                {
                    Text(button, "custom_id", 100, "custom_id", Max);
                    Text(button, "label", 80, "label", Max);
                }
            }
        }

        var hasText = message.TryGetProperty("content", out _) || message.TryGetProperty("embeds", out _);
        if (hasText && (!message.TryGetProperty("allowed_mentions", out var mentions) || mentions.GetRawText() != """{"parse":[]}"""))
        {
            errors.Add("allowed_mentions is not {\"parse\":[]}");
        }

        return errors;
    }

    private static int Text(JsonElement element, string name, int max, string what, Action<string, int, int> check)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return 0;
        }

        var length = Length(value);
        check(what, length, max);
        return length;
    }

    private static int Length(JsonElement value) => value.GetString()!.EnumerateRunes().Count();
}
