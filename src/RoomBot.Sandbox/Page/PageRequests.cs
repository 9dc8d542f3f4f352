namespace RoomBot.Sandbox.Page;

// Bodies the chat page posts to /sandbox/api/. Every field is nullable so a missing one is reported by name (400),
// not turned into a default value.

/// <summary>The user typed a text message to the bot.</summary>
public sealed record SendTextRequest(string? UserId, string? Text);

/// <summary>The user clicked a template card's button.</summary>
public sealed record ClickRequest(string? UserId, long? MessageId, string? Key);

/// <summary>The user opened the app's chat (WeCom's enter_agent event).</summary>
public sealed record EnterRequest(string? UserId);

/// <summary>Someone adds a robot to a group: its webhook key becomes valid for webhook/send (a new one when omitted).</summary>
public sealed record AddRobotRequest(string? Name, string? Key);

/// <summary>A booking made "in the WeCom client": a day and wall-clock times in the corp's zone.</summary>
public sealed record ClientBookRequest(int? MeetingRoomId, string? Date, string? Start, string? End, string? Booker, string? Subject);
