using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RoomBot.Sandbox.Storage.DesignTime;

/// <summary>How <c>dotnet ef</c> makes <see cref="SqliteSandboxDbContext"/> (src/RoomBot/Storage/Migrations/README.md).</summary>
internal sealed class SqliteSandboxDbContextFactory : IDesignTimeDbContextFactory<SqliteSandboxDbContext>
{
    public SqliteSandboxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSandboxDbContext>()
            .UseSqlite("Data Source=data/roombot.db", x => x.MigrationsHistoryTable(SandboxDbContext.HistoryTable))
            .Options);
}
