namespace RoomBot.Core.Conversation;

/// <summary>Card task_ids: unique per app, at most 128 bytes of 0-9a-zA-Z_-@ (doc 90236).</summary>
public static class TaskIds
{
    public static string New() => "rb_" + Guid.NewGuid().ToString("N");
}
