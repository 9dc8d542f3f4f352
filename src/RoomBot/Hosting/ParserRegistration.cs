using RoomBot.Core.Parsing;

namespace RoomBot.Hosting;

/// <summary>
/// Registers the one shared <see cref="RequestParser"/> (its Recognizers models are costly: build once, reuse) and
/// warms it up at start-up. Default duration from <c>Booking:DefaultDurationMinutes</c>.
/// </summary>
public static class ParserRegistration
{
    public static IHostApplicationBuilder AddRoomBotParser(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ReadParserOptions(builder.Configuration));
        builder.Services.AddSingleton<RequestParser>();
        builder.Services.AddHostedService<ParserWarmUpService>();
        return builder;
    }

    /// <summary>Also read by the <c>parse</c> command, which has no host: a missing or non-positive value keeps the default.</summary>
    internal static ParserOptions ReadParserOptions(IConfiguration configuration)
    {
        var minutes = configuration.GetValue<int>("Booking:DefaultDurationMinutes");
        return minutes > 0 ? new ParserOptions { DefaultDuration = TimeSpan.FromMinutes(minutes) } : new ParserOptions();
    }
}
