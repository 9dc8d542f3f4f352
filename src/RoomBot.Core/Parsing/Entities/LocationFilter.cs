namespace RoomBot.Core.Parsing.Entities;

/// <summary>Where the user wants a room: values spelled as the room list spells them when they match one.</summary>
internal sealed record LocationFilter(string? City, string? Building, string? Floor)
{
    public static LocationFilter None { get; } = new(null, null, null);
}
