namespace RoomBot.WeCom.Callback;

/// <summary>A click on a template card button (doc 90240).</summary>
/// <param name="EventKey">The clicked button's <c>key</c>.</param>
/// <param name="TaskId">The card's <c>task_id</c>.</param>
/// <param name="ResponseCode">Single-use code to update this card.</param>
public sealed record TemplateCardEvent(
    string EventKey,
    string TaskId,
    string CardType,
    string ResponseCode,
    IReadOnlyList<SelectedItem> SelectedItems) : InboundMessage
{
    public override string DedupKey => EventKeyOf(InboundEventNames.TemplateCardEvent, EventKey, TaskId);
}

/// <summary>The options chosen for one question of a card's selection (<c>SelectedItems/SelectedItem</c>).</summary>
public sealed record SelectedItem(string QuestionKey, IReadOnlyList<string> OptionIds);
