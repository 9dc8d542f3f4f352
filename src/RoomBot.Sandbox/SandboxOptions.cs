using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox;

/// <summary>The <c>Sandbox</c> configuration section: the embedded WeCom look-alike and its demo data.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    public bool Enabled { get; set; }
    public List<SandboxUser> Users { get; set; } = [];
    public List<MeetingRoom> Rooms { get; set; } = [];
    /// <summary>Where WeCom's side posts callbacks; by default the host's own <c>/wecom/callback</c>.</summary>
    public string? CallbackUrl { get; set; }
    /// <summary>WeCom gives up on a delivery after 5 s and retries.</summary>
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>WeCom delivers a callback at most this many times ("总共重试三次" → 4 deliveries).</summary>
    public int MaxDeliveries { get; set; } = 4;
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(7200);
}

public sealed class SandboxUser
{
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Where the user usually sits (lets the bot prefer nearby rooms).</summary>
    public string? City { get; set; }
    public string? Building { get; set; }
}
