using System.Globalization;

namespace QaBot.Bot.Interactions;

/// <summary>
/// What a button's custom_id carries: the action, the passage offset and the short key of the question
/// (the question itself stays server-side in <see cref="QuestionCache"/>), e.g. <c>more:2:1f0c9a7b3d5e6a8c</c>.
/// </summary>
internal sealed record ButtonId(string Action, int Skip, string Key)
{
    public const string More = "more";
    public const string Source = "src";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Action}:{Skip}:{Key}");

    public static ButtonId? TryParse(string? customId)
    {
        var parts = customId?.Split(':');
        if (parts is not [var action, var skipText, var key]
            || action is not (More or Source)
            || !int.TryParse(skipText, NumberStyles.None, CultureInfo.InvariantCulture, out var skip)
            || key.Length is 0 or > 32)
        {
            return null;
        }

        return new ButtonId(action, skip, key);
    }
}
