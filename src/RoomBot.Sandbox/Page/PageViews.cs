using System.Text.Json;

namespace RoomBot.Sandbox.Page;

// What the page's JSON API answers (camelCase on the wire). Message bodies stay WeCom's own JSON so the page
// renders exactly what the bot sent.

public sealed record InfoView(string Today, string TimeZone, string CorpId, int AgentId);

public sealed record UserView(string UserId, string Name, string? City, string? Building);

public sealed record MessageView(
    long Id, string UserId, bool FromBot, string MsgType, JsonElement Content, string? TaskId,
    string? ReplacedName, JsonElement? ReplacedCard, string? ClickedKey, long CreatedAt);

/// <summary>Kind is "appchat" or "webhook"; a robot's key is shown so a person can configure the bot with it.</summary>
public sealed record GroupView(string GroupId, string Name, string Kind, IReadOnlyList<string> Members, string? WebhookKey);

/// <summary>Content is the body the bot posted, e.g. <c>{"content":..,"mentioned_list":[..]}</c>.</summary>
public sealed record GroupMessageView(long Id, string MsgType, JsonElement Content, long CreatedAt);

public sealed record DayView(string Date, string TimeZone, long DayStart, long DayEnd, IReadOnlyList<RoomView> Rooms);

public sealed record RoomView(
    int MeetingRoomId, string Name, int Capacity, string? City, string? Building, string? Floor, bool NeedApproval,
    IReadOnlyList<BookingView> Bookings);

/// <summary>Status as WeCom numbers it (93620): 0 已预定, 1 已取消, 2 申请中, 3 审批中.</summary>
public sealed record BookingView(
    string BookingId, long StartTime, long EndTime, string StartText, string EndText, string Booker, string? BookerName,
    int Status, string? Subject);

/// <summary>The answer to a message or click: did the bot take it, and after how many deliveries.</summary>
public sealed record DeliveryView(bool Delivered, int Attempts, int? LastStatus, string Reply);

/// <summary>What posting a message, a click or enter_agent answers: <c>{"delivery":{..}}</c>.</summary>
public sealed record DeliveryAnswer(DeliveryView Delivery);
