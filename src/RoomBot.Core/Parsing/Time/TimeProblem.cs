namespace RoomBot.Core.Parsing.Time;

/// <summary>Why a said time cannot be used as is (the bot asks instead of guessing).</summary>
internal enum TimeProblem
{
    None,
    EndNotAfterStart,
    InThePast,
}
