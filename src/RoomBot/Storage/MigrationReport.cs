namespace RoomBot.Storage;

/// <summary>What <see cref="DatabaseMigrator.MigrateAsync"/> did to one context's schema.</summary>
/// <param name="Context">The context's name (<c>BotDbContext</c>, <c>SandboxDbContext</c>).</param>
/// <param name="Applied">The migrations applied now, oldest first.</param>
/// <param name="Adopted">The baseline migration recorded for a database made before migrations, or null.</param>
public sealed record MigrationReport(string Context, IReadOnlyList<string> Applied, string? Adopted);
