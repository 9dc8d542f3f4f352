namespace RoomBot.Storage;

/// <summary>The outcome of claiming a callback key.</summary>
public sealed record LedgerClaim(LedgerClaimState State, string? ReplyXml = null)
{
    public static readonly LedgerClaim Begun = new(LedgerClaimState.Begun);
    public static readonly LedgerClaim InFlight = new(LedgerClaimState.InFlight);

    public static LedgerClaim Done(string? replyXml) => new(LedgerClaimState.Done, replyXml);
}

public enum LedgerClaimState
{
    /// <summary>New (or reclaimed): this delivery runs the turn.</summary>
    Begun,
    /// <summary>Another delivery is running it right now.</summary>
    InFlight,
    /// <summary>Already handled; <see cref="LedgerClaim.ReplyXml"/> is the passive reply it got.</summary>
    Done,
}
