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
        var minutes = builder.Configuration.GetValue("Booking:DefaultDurationMinutes", 60);
        var options = new ParserOptions { DefaultDuration = TimeSpan.FromMinutes(minutes > 0 ? minutes : 60) };
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<RequestParser>();
        builder.Services.AddHostedService<ParserWarmUpService>();
        return builder;
    }
}
