using Microsoft.Extensions.Options;

namespace RoomBot.WeCom.Api;

/// <summary>The default base address: <c>WeCom:ApiBaseUrl</c>.</summary>
public sealed class WeComOptionsBaseAddress(IOptions<WeComOptions> options) : IWeComBaseAddress
{
    private readonly Uri _baseAddress = new(options.Value.ApiBaseUrl, UriKind.Absolute);

    public Uri BaseAddress => _baseAddress;
}
