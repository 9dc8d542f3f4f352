using RoomBot.Core.Parsing;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Replies;

/// <summary>Booking statuses as the WeCom client names them (93620 appendix).</summary>
public static class StatusText
{
    public static string Of(BookingStatus status, Language language) => status switch
    {
        BookingStatus.Booked => Phrases.Pick(language, "booked", "已预定"),
        BookingStatus.Cancelled => Phrases.Pick(language, "cancelled", "已取消"),
        BookingStatus.Applying => Phrases.Pick(language, "applying", "申请中"),
        BookingStatus.InApproval => Phrases.Pick(language, "awaiting approval", "审批中"),
        _ => status.ToString(),
    };
}
