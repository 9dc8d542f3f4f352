namespace RoomBot.Core.Parsing;

/// <summary>What a chat message asks for. Serialised in snake_case by the <c>parse</c> command.</summary>
public enum Intent
{
    Unknown,
    Book,
    Cancel,
    MyBookings,
    RoomSchedule,
    FreeRooms,
    Help,
}
