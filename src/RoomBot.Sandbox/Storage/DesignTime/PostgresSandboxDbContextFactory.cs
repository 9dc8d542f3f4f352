using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RoomBot.Sandbox.Storage.DesignTime;

/// <summary>How <c>dotnet ef</c> makes <see cref="PostgresSandboxDbContext"/> (src/RoomBot/Storage/Migrations/README.md).</summary>
internal sealed class PostgresSandboxDbContextFactory : IDesignTimeDbContextFactory<PostgresSandboxDbContext>
{
    public PostgresSandboxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSandboxDbContext>()
            .UseNpgsql("Host=localhost;Database=roombot", x => x.MigrationsHistoryTable(SandboxDbContext.HistoryTable))
            .Options);
}
