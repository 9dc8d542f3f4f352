namespace RoomBot.Storage;

/// <summary>A DbContext whose tables <see cref="DatabaseInitializer"/> creates at start-up.</summary>
public sealed record DbContextRegistration(Type ContextType);
