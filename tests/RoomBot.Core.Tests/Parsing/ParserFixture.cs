using RoomBot.Core.Parsing;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Tests.Parsing;

/// <summary>
/// One warmed parser for every parsing test (the Recognizers models are costly to build), and a room list and
/// directory unlike the eval set's, so the tests check the conventions rather than the eval's names.
/// </summary>
public sealed class ParserFixture
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Tuesday 2026-11-24 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Tuesday10am = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly IReadOnlyList<MeetingRoom> Rooms =
    [
        Room(3, "3号会议室", 6, "深圳", "腾讯大厦", "18F", [1, 2]),
        Room(5, "5号会议室", 10, "深圳", "腾讯大厦", "18F", [1, 2, 3]),
        Room(7, "7号会议室", 12, "深圳", "科兴科学园", "3F", [1, 3, 4]),
        Room(8, "Focus Room A", 2, "深圳", "科兴科学园", "3F", []),
        Room(9, "Kilimanjaro", 20, "上海", "Pudong Center", "30F", [1, 3, 5]),
        Room(10, "泰山厅", 40, "北京", "Tower B", "1F", [1, 2, 3, 4, 5]),
        Room(12, "Room 12", 8, "北京", "Tower B", "2F", [1]),
        Room(15, "Matterhorn", 4, "上海", "Pudong Center", "30F", []),
        Room(21, "6F-小会议室", 4, "深圳", "腾讯大厦", "6F", []),
    ];

    public static readonly IReadOnlyList<DirectoryUser> Users =
    [
        new() { UserId = "zhangsan", Name = "张三" },
        new() { UserId = "zhaoliu", Name = "赵六" },
        new() { UserId = "sunqi", Name = "孙七" },
        new() { UserId = "chenjing", Name = "陈静" },
        new() { UserId = "wangfang", Name = "王芳" },
        new() { UserId = "mike.li", Name = "李明" },
    ];

    public ParserFixture()
    {
        Parser = new RequestParser(new ParserOptions());
        Parser.WarmUp();
    }

    public RequestParser Parser { get; }

    public static ParseContext Context(DateTimeOffset? now = null) =>
        new(now ?? Tuesday10am, Shanghai, Rooms, Users, "zhangsan");

    public ParsedRequest Parse(string text, string? now = null) =>
        Parser.Parse(text, Context(now is null ? null : DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    private static MeetingRoom Room(int id, string name, int capacity, string city, string building, string floor, int[] equipment) =>
        new()
        {
            MeetingRoomId = id, Name = name, Capacity = capacity, City = city, Building = building, Floor = floor,
            Equipment = equipment,
        };
}
