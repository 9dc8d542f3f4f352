using Microsoft.EntityFrameworkCore;

namespace RoomBot.Storage;

/// <summary>The bot's context on PostgreSQL; its migrations are in Storage/Migrations/PostgreSQL.</summary>
public sealed class PostgresBotDbContext(DbContextOptions<PostgresBotDbContext> options) : BotDbContext(options);
