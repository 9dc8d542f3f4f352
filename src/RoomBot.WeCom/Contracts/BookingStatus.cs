namespace RoomBot.WeCom.Contracts;

/// <summary>Booking status codes of doc 93620.</summary>
public enum BookingStatus
{
    Booked = 0,      // 已预定
    Cancelled = 1,   // 已取消
    Applying = 2,    // 申请中
    InApproval = 3,  // 审批中
}
