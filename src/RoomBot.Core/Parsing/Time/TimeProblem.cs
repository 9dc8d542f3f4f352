namespace RoomBot.Core.Parsing.Time;

/// <summary>Why a said time cannot be used as is (the bot asks instead of guessing).</summary>
internal enum TimeProblem
{
    None,
    EndNotAfterStart,
    InThePast,
    /// <summary>A day or hour that does not exist (feb 30, 25:00).</summary>
    Impossible,
    /// <summary>Alternatives were offered ("3pm or 4pm").</summary>
    Alternatives,
    /// <summary>A length of a day or more ("for 2 weeks"): a repeat or a typo, not one booking.</summary>
    TooLong,
}
