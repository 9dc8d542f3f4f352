using Microsoft.Extensions.Options;
using RoomBot.WeCom;
using RoomBot.WeCom.Api;

namespace RoomBot.Sandbox.Callback;

/// <summary>
/// With the sandbox on, the bot's own WeCom client talks to this host's <c>/cgi-bin/</c> over HTTP, exactly as it would
/// talk to WeCom (issue 3: no in-process shortcut). The address is known only once Kestrel listens, so it is read per call.
/// </summary>
public sealed class SandboxApiAddress(CallbackTarget target, IOptions<WeComOptions> options) : IWeComBaseAddress
{
    public Uri BaseAddress
    {
        get
        {
            try
            {
                return target.HostAddress();
            }
            catch (InvalidOperationException)
            {
                // An in-memory test server listens nowhere: use what the test configured.
                return new Uri(options.Value.ApiBaseUrl, UriKind.Absolute);
            }
        }
    }
}
