using System.Diagnostics;
using RoomBot.Core.Parsing;

namespace RoomBot.Hosting;

/// <summary>
/// Runs the parser once per language before the host takes traffic: the first Recognizers call costs ~300 ms
/// (docs/parsing.md), which would otherwise land on the first user's reply budget.
/// </summary>
internal sealed partial class ParserWarmUpService(RequestParser parser, ILogger<ParserWarmUpService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        parser.WarmUp();
        LogWarmedUp(logger, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Request parser warmed up in {ElapsedMs} ms")]
    private static partial void LogWarmedUp(ILogger logger, long elapsedMs);
}
