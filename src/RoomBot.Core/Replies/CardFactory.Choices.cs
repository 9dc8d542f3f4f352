using RoomBot.Core.Parsing;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Replies;

public static partial class CardFactory
{
    /// <summary>
    /// A card of numbered choices (alternatives after a refusal, bookings to cancel, this date or the series): each
    /// choice's detail as a numbered line, one button per choice. <paramref name="reason"/> (why the choice is asked,
    /// e.g. "2号会议室 is taken by 李四 until 16:00.") sits in the card itself so it can never arrive out of order.
    /// </summary>
    public static TemplateCard Choices(
        string title, string? description, IReadOnlyList<CardChoice> choices, string taskId, Language language,
        string? reason = null) => new()
    {
        CardType = "button_interaction",
        Source = Source(language),
        MainTitle = new CardTitle { Title = title, Desc = description },
        SubTitleText = reason,
        HorizontalContentList = choices.Take(MaxItems)
            .Select((c, i) => new CardField { KeyName = $"{i + 1}", Value = c.Detail })
            .ToList(),
        TaskId = taskId,
        ButtonList = choices.Take(MaxItems)
            .Select((c, i) => new CardButton { Text = $"{i + 1}. {c.Button}", Style = i == 0 ? 1 : 4, Key = c.Key })
            .ToList(),
    };
}
