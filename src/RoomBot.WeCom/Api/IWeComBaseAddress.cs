namespace RoomBot.WeCom.Api;

/// <summary>
/// Where WeCom's API lives. Read on every request, so a host can point the client somewhere it only knows after
/// start-up (the sandbox replaces this with its own address).
/// </summary>
public interface IWeComBaseAddress
{
    Uri BaseAddress { get; }
}
