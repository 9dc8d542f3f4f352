using RoomBot.Core.Parsing;

namespace RoomBot.Hosting;

/// <summary>Builds the parser's recognizer caches at start-up (~300 ms) so the first message does not pay for them.</summary>
internal sealed class ParserWarmUp(RequestParser parser) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(parser.WarmUp, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
