namespace RoomBot.Core.Parsing;

/// <summary>
/// A chat message understood: the intent and its slots (the fields of the <c>parse</c> command, docs/parsing.md).
/// Times are instants carrying the user's offset. <see cref="Clarify"/> is set when something needed is missing,
/// ambiguous or invalid; the bot then asks that question instead of acting.
/// </summary>
public sealed record ParsedRequest
{
    public Intent Intent { get; init; }
    public Language Language { get; init; }
    public int? MeetingRoomId { get; init; }
    /// <summary>The room as written when it matched no room (so the bot can say which one it did not find).</summary>
    public string? UnresolvedRoom { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    /// <summary>
    /// The length said explicitly (a duration, or an explicit end minus the start); null when the default applies.
    /// Lets a clarification answer that moves the start keep the length.
    /// </summary>
    public TimeSpan? Duration { get; init; }
    /// <summary>A day, when only a day was said.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Userids, never the speaker.</summary>
    public IReadOnlyList<string> Attendees { get; init; } = [];
    public string? Subject { get; init; }
    public int? Capacity { get; init; }
    public string? City { get; init; }
    public string? Building { get; init; }
    public string? Floor { get; init; }
    /// <summary>WeCom equipment codes 1..5.</summary>
    public IReadOnlyList<int> Equipment { get; init; } = [];
    public Recurrence? Recurrence { get; init; }
    /// <summary>An online/video meeting was asked for (线上会议, with a video meeting).</summary>
    public bool OnlineMeeting { get; init; }
    /// <summary>A reminder group named in the request ("remind design", "提醒设计组").</summary>
    public string? ReminderGroup { get; init; }
    public string? Clarify { get; init; }
}
