using Microsoft.Extensions.Configuration;

namespace RoomBot.Cli;

/// <summary>
/// The two settings the <c>parse</c> command takes from configuration (appsettings.json next to the binaries, then
/// environment variables): <c>RoomBot:TimeZone</c> and <c>Booking:DefaultDurationMinutes</c>.
/// </summary>
internal sealed record ParseCommandSettings(string TimeZone, TimeSpan DefaultDuration)
{
    public static ParseCommandSettings Load()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var zone = configuration["RoomBot:TimeZone"] ?? "Asia/Shanghai";
        var minutes = configuration.GetValue("Booking:DefaultDurationMinutes", 60);
        return new ParseCommandSettings(zone, TimeSpan.FromMinutes(minutes > 0 ? minutes : 60));
    }
}
