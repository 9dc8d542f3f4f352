namespace RoomBot.Core.Parsing;

public enum RecurrenceFrequency
{
    Daily,
    Weekly,
    Workdays,
    Monthly,
}
