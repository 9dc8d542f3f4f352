using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RoomBot.Storage.DesignTime;

/// <summary>How <c>dotnet ef</c> makes <see cref="SqliteBotDbContext"/>: no host, no database (Migrations/README.md).</summary>
internal sealed class SqliteBotDbContextFactory : IDesignTimeDbContextFactory<SqliteBotDbContext>
{
    public SqliteBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBotDbContext>()
            .UseSqlite(DatabaseOptions.DefaultSqliteConnectionString, x => x.MigrationsHistoryTable(BotDbContext.HistoryTable))
            .Options);
}
