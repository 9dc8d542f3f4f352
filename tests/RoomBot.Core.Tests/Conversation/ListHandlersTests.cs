using RoomBot.Core.Parsing;
using RoomBot.Core.Tests.Conversation.Infrastructure;
using RoomBot.WeCom.Contracts;
using static RoomBot.Core.Tests.Conversation.Infrastructure.ConversationHarness;

namespace RoomBot.Core.Tests.Conversation;

/// <summary>my_bookings, room_schedule and free_rooms.</summary>
public sealed class ListHandlersTests : IDisposable
{
    private readonly ConversationHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task MyBookings_NextSevenDays_OnlyMineWithPendingStatusShown()
    {
        _bot.WeCom.Add(2, At(25, 9), At(25, 10), "zhangsan");
        _bot.WeCom.Add(6, At(27, 14), At(27, 15), "zhangsan", BookingStatus.InApproval);
        _bot.WeCom.Add(1, At(25, 9), At(25, 10), "lisi");
        _bot.WeCom.Add(2, At(24, 8), At(24, 9), "zhangsan"); // over already
        _bot.Understands("my bookings", new ParsedRequest { Intent = Intent.MyBookings });

        var text = (await _bot.SayAsync("zhangsan", "my bookings")).AllText();

        Assert.Equal(
            "Your bookings:\n• Wed 25 Nov 09:00–10:00 2号会议室\n• Fri 27 Nov 14:00–15:00 Board Room (awaiting approval)", text);
    }

    [Fact]
    public async Task RoomSchedule_ShowsWhoAndStatusesInChinese()
    {
        _bot.WeCom.Add(2, At(25, 9), At(25, 10), "lisi");
        _bot.WeCom.Add(2, At(25, 14), At(25, 15), "wangwu", BookingStatus.Applying);
        _bot.Understands("2号会议室明天的安排",
            new ParsedRequest { Intent = Intent.RoomSchedule, Language = Language.Chinese, MeetingRoomId = 2, Date = new DateOnly(2026, 11, 25) });

        var text = (await _bot.SayAsync("zhangsan", "2号会议室明天的安排")).AllText();

        Assert.Equal("2号会议室（深圳 腾讯大厦 18F）11月25日周三：\n• 09:00–10:00 李四 · 已预定\n• 14:00–15:00 王五 · 申请中", text);
    }

    [Fact]
    public async Task FreeRooms_OneRoomTaken_SaysByWhomAndTheNextFreeSlot()
    {
        _bot.WeCom.Add(7, At(24, 14), At(24, 15), "lisi");
        _bot.Understands("is room 7 free at 2pm?", new ParsedRequest
        {
            Intent = Intent.FreeRooms, MeetingRoomId = 7, Start = At(24, 14), End = At(24, 15),
        });

        var text = (await _bot.SayAsync("zhangsan", "is room 7 free at 2pm?")).AllText();

        Assert.Equal("7号会议室 is taken by 李四 until 15:00. Next free: Tue 24 Nov 15:00–16:00.", text);
    }

    [Fact]
    public async Task FreeRooms_WithFilters_ListsOnlyFreeMatchingRooms()
    {
        _bot.WeCom.Add(2, At(24, 14), At(24, 15), "lisi");
        _bot.Understands("free rooms in 腾讯大厦 at 2pm", new ParsedRequest
        {
            Intent = Intent.FreeRooms, City = "深圳", Building = "腾讯大厦", Start = At(24, 14), End = At(24, 15),
        });

        var text = (await _bot.SayAsync("zhangsan", "free rooms in 腾讯大厦 at 2pm")).AllText();

        Assert.Contains("1号会议室", text, StringComparison.Ordinal);
        Assert.Contains("大会议室", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2号会议室", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Everest", text, StringComparison.Ordinal);
    }
}
