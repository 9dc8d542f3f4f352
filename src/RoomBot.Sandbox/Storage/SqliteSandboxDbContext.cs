using Microsoft.EntityFrameworkCore;

namespace RoomBot.Sandbox.Storage;

/// <summary>The sandbox's context on SQLite; its migrations are in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteSandboxDbContext(DbContextOptions<SqliteSandboxDbContext> options) : SandboxDbContext(options);
