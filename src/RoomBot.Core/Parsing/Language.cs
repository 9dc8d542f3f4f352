namespace RoomBot.Core.Parsing;

/// <summary>The language a message is written in; every reply follows it.</summary>
public enum Language
{
    English,
    Chinese,
}
