namespace RoomBot.Storage;

/// <summary>The database cannot be used (unreachable, or not at the schema this release needs); start-up stops.</summary>
public sealed class DatabaseStartupException(string message, Exception? inner = null) : Exception(message, inner);
