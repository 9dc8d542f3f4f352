namespace RoomBot.Tests.Sandbox;

/// <summary>Instants written as Asia/Shanghai wall-clock times (the demo corp's zone, UTC+8 without DST).</summary>
internal static class CorpTime
{
    public static long At(int month, int day, int hour, int minute = 0, int year = 2026) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();

    public static long Midnight(int month, int day, int year = 2026) => At(month, day, 0, 0, year);
}
