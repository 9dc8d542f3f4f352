using Microsoft.Extensions.Configuration;
using RoomBot.Core;
using RoomBot.Hosting;

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
        var zone = configuration["RoomBot:TimeZone"] ?? new RoomBotOptions().TimeZone;
        return new ParseCommandSettings(zone, ParserRegistration.ReadParserOptions(configuration).DefaultDuration);
    }
}
