using System.Security.Cryptography;

namespace RoomBot.Sandbox.Booking;

/// <summary>Ids shaped like WeCom's (doc 93620 examples: <c>bkebsada6e027c123cbafAAA</c>, 32-hex schedule ids).</summary>
public static class SandboxIds
{
    public static string NewBookingId() => "bk" + RandomNumberGenerator.GetHexString(24, lowercase: true);

    public static string NewScheduleId() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    public static string NewMeetingId() => "hy" + RandomNumberGenerator.GetHexString(30, lowercase: true);

    public static string NewChatId() => "wr" + RandomNumberGenerator.GetHexString(30, lowercase: true);

    public static string NewSecretCode(int length = 43) => RandomNumberGenerator.GetString(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", length);
}
