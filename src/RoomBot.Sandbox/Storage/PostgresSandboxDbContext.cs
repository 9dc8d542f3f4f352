using Microsoft.EntityFrameworkCore;

namespace RoomBot.Sandbox.Storage;

/// <summary>The sandbox's context on PostgreSQL; its migrations are in Storage/Migrations/PostgreSQL.</summary>
public sealed class PostgresSandboxDbContext(DbContextOptions<PostgresSandboxDbContext> options) : SandboxDbContext(options);
