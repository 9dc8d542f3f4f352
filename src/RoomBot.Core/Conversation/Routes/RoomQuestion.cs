using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Conversation.Routes;

/// <summary>The parser's "Several rooms match: A, B. Which one?": the rooms a question offers, in its order.</summary>
public static class RoomQuestion
{
    /// <summary>The rooms <paramref name="question"/> names, in the order it names them; a real choice needs two or more.</summary>
    public static IReadOnlyList<MeetingRoom> Offered(string? question, IReadOnlyList<MeetingRoom> rooms) =>
        string.IsNullOrEmpty(question)
            ? []
            : rooms.Select(r => (Room: r, At: question.IndexOf(r.Name, StringComparison.OrdinalIgnoreCase)))
                .Where(x => x.At >= 0 && x.Room.Name.Length > 0)
                .OrderBy(x => x.At)
                .Select(x => x.Room)
                .ToList();

    /// <summary>The room a typed pick ("the second one", "2") chooses among the question's rooms, or null.</summary>
    public static MeetingRoom? Picked(string? question, IReadOnlyList<MeetingRoom> rooms, string text) =>
        OrdinalAnswer.TryParse(text) is { } number && Offered(question, rooms) is { Count: > 1 } offered && number <= offered.Count
            ? offered[number - 1]
            : null;
}
