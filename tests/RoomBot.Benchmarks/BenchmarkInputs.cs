using RoomBot.Core.Parsing;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Benchmarks;

/// <summary>The utterances, rooms and directory every parser benchmark uses, fixed so runs compare.</summary>
internal static class BenchmarkInputs
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly string[] English =
    [
        "book room 1 tomorrow 3pm",
        "book room 2 tomorrow 10am to 11:30am",
        "reserve Everest on Thursday at 2pm for 90 minutes",
        "book room 1 today 5pm for half an hour",
        "book room 2 at 1pm with lisi",
        "book room 1 next wednesday 9am-10am subject standup",
        "cancel my booking on thursday",
        "free rooms tomorrow 11am",
        "any room for 6 people now?",
        "room 2 schedule tomorrow",
        "book room 1 every friday 4pm",
        "book room 1 tomorrow 2pm with @wangwu @xiaoming",
        "book room 2 tomorrow at 4",
        "book room 2 on 11/30 at 3:30pm for 30 minutes",
        "book Everest the day after tomorrow 11am",
        "book room 1 tomorrow 3pm for an hour and a half",
        "book room 2 in an hour",
        "book Everest monday 10-11am",
        "is room 1 available at 3pm",
        "book room 2 tomorrow 2pm called \"Hiring sync\"",
        "please could you book the board room for me tomorrow at 10am, thanks!",
        "book a room for 10 people in Beijing tomorrow 2 to 3:30pm",
        "my bookings",
        "what can you do",
    ];

    public static readonly string[] Chinese =
    [
        "明天上午10点订1号会议室",
        "预定2号会议室 明天下午三点到四点半",
        "周四下午2点 订黄山 一个小时",
        "帮我订1号会议室，明天下午两点，和王五、小明讨论需求",
        "下周三上午9点到10点 2号会议室 主题：周会",
        "今天下午5点订1号会议室 半小时",
        "取消明天上午10点的预定",
        "取消周四黄山的预定",
        "我的会议室预定",
        "明天上午11点有空闲的会议室吗",
        "现在有能坐6个人的会议室吗",
        "2号会议室明天的预定情况",
        "每周五下午4点订1号会议室",
        "明天4点订2号会议室",
        "11月30日下午3点半订2号会议室 30分钟",
        "后天上午11点订Everest",
        "一小时后订2号会议室",
        "今晚6点订1号会议室",
        "明天下午3-4点 订大会议室 一个半小时",
        "明天下午2点订1号会议室，参会人：@李四 @刘洋",
        "明天上午10点到12点，订个能坐20人的会议室",
        "1号会议室下午3点有空吗",
        "10号下午2点订黄山",
        "怎么用",
    ];

    public static ParseContext Context() => new(
        Now,
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
        [
            new() { MeetingRoomId = 1, Name = "1号会议室", Capacity = 6, City = "深圳", Building = "腾讯大厦", Floor = "18F" },
            new() { MeetingRoomId = 2, Name = "2号会议室", Capacity = 10, City = "深圳", Building = "腾讯大厦", Floor = "18F" },
            new() { MeetingRoomId = 3, Name = "大会议室", Capacity = 30, City = "深圳", Building = "腾讯大厦", Floor = "20F" },
            new() { MeetingRoomId = 4, Name = "Everest", Capacity = 8, City = "北京", Building = "Tower A", Floor = "5F" },
            new() { MeetingRoomId = 5, Name = "黄山", Capacity = 4, City = "北京", Building = "Tower A", Floor = "5F" },
            new() { MeetingRoomId = 6, Name = "Board Room", Capacity = 16, City = "上海", Building = "Pudong Center", Floor = "32F" },
        ],
        [
            new DirectoryUser { UserId = "zhangsan", Name = "张三" },
            new DirectoryUser { UserId = "lisi", Name = "李四" },
            new DirectoryUser { UserId = "wangwu", Name = "王五" },
            new DirectoryUser { UserId = "xiaoming", Name = "小明" },
            new DirectoryUser { UserId = "liuyang", Name = "刘洋" },
        ],
        "zhangsan");
}
