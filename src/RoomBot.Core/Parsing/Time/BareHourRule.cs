namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// The recogniser returns a bare hour ("at 3", "3点") as two candidates twelve hours apart. Convention
/// (docs/parsing.md): 1–6 → afternoon, 7–11 → morning, 12 → noon. An explicit am/pm/上午/下午 yields one candidate and
/// never reaches this rule.
/// </summary>
internal static class BareHourRule
{
    /// <summary>Chooses between the candidates <paramref name="morning"/> and morning + 12 h.</summary>
    public static TimeOnly Choose(TimeOnly morning) => morning.Hour switch
    {
        0 => morning.AddHours(12),
        >= 1 and <= 6 => morning.AddHours(12),
        _ => morning,
    };

    /// <summary>True when the two times are the same clock reading twelve hours apart.</summary>
    public static bool AreTwins(TimeOnly a, TimeOnly b) =>
        a.Minute == b.Minute && Math.Abs(a.Hour - b.Hour) == 12;
}
