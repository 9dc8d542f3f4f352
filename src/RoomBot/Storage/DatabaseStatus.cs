namespace RoomBot.Storage;

/// <summary>One context's schema as the readiness check sees it.</summary>
/// <param name="Context">The context's name.</param>
/// <param name="Exists">Whether the database (the SQLite file, the PostgreSQL database) exists at all.</param>
/// <param name="Pending">Migrations this release has that the database lacks.</param>
public sealed record DatabaseStatus(string Context, bool Exists, IReadOnlyList<string> Pending);
