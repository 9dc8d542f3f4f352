using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// The room a message names: resolved, not found (<see cref="Unresolved"/> holds the words as written) or
/// ambiguous (<see cref="Candidates"/> holds every room that fits).
/// </summary>
internal sealed record RoomMatch(MeetingRoom? Room, string? Unresolved, IReadOnlyList<MeetingRoom> Candidates)
{
    public static RoomMatch None { get; } = new(null, null, []);

    public bool Mentioned => Room is not null || Unresolved is not null || Candidates.Count > 0;
}
