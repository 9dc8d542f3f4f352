using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace RoomBot.Sandbox.Callback;

/// <summary>
/// Where WeCom's side posts: <see cref="SandboxOptions.CallbackUrl"/> when set, else the host's own
/// <c>/wecom/callback</c> on the address Kestrel actually listens on (known only after start, hence resolved per call).
/// </summary>
public sealed class CallbackTarget(IServer server, IOptions<SandboxOptions> options)
{
    public const string BotCallbackPath = "/wecom/callback";

    public Uri Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.CallbackUrl))
        {
            return new Uri(options.Value.CallbackUrl);
        }

        return new Uri(HostAddress(), BotCallbackPath);
    }

    /// <summary>The root of this host as a client can reach it (e.g. http://127.0.0.1:5000/), once Kestrel listens.</summary>
    /// <exception cref="InvalidOperationException">The server has no listening address (not started, or an in-memory test server).</exception>
    public Uri HostAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Prefer plain HTTP: the sandbox talks to its own process and need not trust a dev certificate.
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException(
                "The host's listening address is not known yet; set Sandbox:CallbackUrl or wait until the server has started.");
        return new Uri(Reachable(address));
    }

    /// <summary>Wildcard bindings (0.0.0.0, [::], +, *) are not addresses one can connect to: use the loopback.</summary>
    internal static string Reachable(string address)
    {
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return address;
        }

        var hostStart = schemeEnd + 3;
        var rest = address[hostStart..];
        string host;
        string tail;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            host = rest[..(close + 1)];
            tail = rest[(close + 1)..];
        }
        else
        {
            var colon = rest.IndexOfAny([':', '/']);
            host = colon < 0 ? rest : rest[..colon];
            tail = colon < 0 ? "" : rest[colon..];
        }

        var wildcard = host is "0.0.0.0" or "[::]" or "+" or "*" or "[::0]";
        return address[..hostStart] + (wildcard ? "127.0.0.1" : host) + tail;
    }
}
