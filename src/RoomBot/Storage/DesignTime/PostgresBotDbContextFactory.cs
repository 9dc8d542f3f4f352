using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RoomBot.Storage.DesignTime;

/// <summary>How <c>dotnet ef</c> makes <see cref="PostgresBotDbContext"/>: no host, no server (Migrations/README.md).</summary>
internal sealed class PostgresBotDbContextFactory : IDesignTimeDbContextFactory<PostgresBotDbContext>
{
    public PostgresBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBotDbContext>()
            .UseNpgsql("Host=localhost;Database=roombot", x => x.MigrationsHistoryTable(BotDbContext.HistoryTable))
            .Options);
}
