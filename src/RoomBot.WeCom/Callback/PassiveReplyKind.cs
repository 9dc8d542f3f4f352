namespace RoomBot.WeCom.Callback;

/// <summary>The passive replies RoomBot sends (doc 90241 and plain text).</summary>
public enum PassiveReplyKind
{
    Text,
    /// <summary><c>update_button</c>: grey the clicked card's buttons with a new label.</summary>
    UpdateButton,
    /// <summary><c>update_template_card</c>: replace the clicked card.</summary>
    UpdateTemplateCard,
}
