using Microsoft.EntityFrameworkCore;

namespace RoomBot.Storage;

/// <summary>The bot's context on SQLite; its migrations are in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteBotDbContext(DbContextOptions<SqliteBotDbContext> options) : BotDbContext(options);
