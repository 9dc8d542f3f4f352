using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Moq;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.WeCom;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Tests.Conversation.Infrastructure;

/// <summary>
/// The conversation as the host wires it (<see cref="ConversationServices.AddConversationCore"/>), on a mocked WeCom
/// (<see cref="WeComModel"/>), a mocked parser, in-memory stores and a fake clock at Tue 2026-11-24 10:00 Shanghai.
/// Each message runs in its own DI scope, like a callback turn.
/// </summary>
public sealed class ConversationHarness : IDisposable
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, Offset);

    private readonly ServiceProvider _services;

    public ConversationHarness(Action<RoomBotOptions>? configure = null, IReminderConversation? reminderConversation = null)
    {
        WeCom = new WeComModel(DemoRooms, DemoUsers);
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(WeCom.Mock.Object);
        services.AddSingleton(Parser.Object);
        services.AddSingleton<ICardStore>(Cards);
        services.AddSingleton<IPendingRequestStore>(Pending);
        services.AddSingleton(Reminders.Object);
        if (reminderConversation is not null)
        {
            services.AddSingleton(reminderConversation);
        }

        services.Configure<RoomBotOptions>(o =>
        {
            o.TimeZone = "Asia/Shanghai";
            configure?.Invoke(o);
        });
        services.Configure<WeComOptions>(o => o.AgentId = 1000002);
        services.AddConversationCore();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Reminders.Setup(r => r.ScheduleAsync(It.IsAny<ScheduledMeeting>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        Reminders.Setup(r => r.CancelAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        Reminders.Setup(r => r.RescheduleAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
        Reminders.Setup(r => r.RelinkAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(),
            It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
    }

    public static IReadOnlyList<MeetingRoom> DemoRooms { get; } =
    [
        Room(1, "1号会议室", 6, "深圳", "腾讯大厦", "18F", [1, 2]),
        Room(2, "2号会议室", 10, "深圳", "腾讯大厦", "18F", [1, 2, 3]),
        Room(3, "大会议室", 30, "深圳", "腾讯大厦", "20F", [1, 2, 3, 4, 5]),
        Room(4, "Everest", 8, "北京", "Tower A", "5F", [1, 5]),
        Room(6, "Board Room", 16, "上海", "Pudong Center", "32F", [1, 2, 3], approval: true),
        Room(7, "7号会议室", 12, "深圳", "科兴科学园", "3F", [1, 3, 4]),
    ];

    public static IReadOnlyList<DirectoryUser> DemoUsers { get; } =
    [
        new() { UserId = "zhangsan", Name = "张三" },
        new() { UserId = "lisi", Name = "李四" },
        new() { UserId = "wangwu", Name = "王五" },
    ];

    public FakeTimeProvider Time { get; } = new(Now);
    public WeComModel WeCom { get; }
    public Mock<IChatParser> Parser { get; } = new();
    public Mock<IMeetingReminders> Reminders { get; } = new();
    public InMemoryCardStore Cards { get; } = new();
    public InMemoryPendingRequestStore Pending { get; } = new();
    public ListLogger Logs { get; } = new();

    /// <summary>Makes the parser understand <paramref name="text"/> as <paramref name="request"/>.</summary>
    public ConversationHarness Understands(string text, ParsedRequest request)
    {
        Parser.Setup(p => p.Parse(text, It.IsAny<ParseContext>())).Returns(request);
        return this;
    }

    public Task<IReadOnlyList<BotReply>> SayAsync(string user, string text) =>
        DispatchAsync(new IncomingMessage(IncomingKind.Text, user, Time.GetUtcNow()) { Text = text });

    public Task<IReadOnlyList<BotReply>> ClickAsync(string user, string taskId, string key) =>
        DispatchAsync(new IncomingMessage(IncomingKind.CardAction, user, Time.GetUtcNow())
        {
            CardTaskId = taskId, ActionKey = key, ResponseCode = "rc-" + Guid.NewGuid().ToString("N"),
        });

    public async Task<IReadOnlyList<BotReply>> DispatchAsync(IncomingMessage message)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IConversationDispatcher>().DispatchAsync(message, CancellationToken.None);
    }

    public static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, Offset);

    public static ParsedRequest Book(int? room, DateTimeOffset start, DateTimeOffset end, Language language = Language.English) =>
        new() { Intent = Intent.Book, Language = language, MeetingRoomId = room, Start = start, End = end };

    public void Dispose() => _services.Dispose();

    private static MeetingRoom Room(int id, string name, int capacity, string city, string building, string floor, int[] equipment,
        bool approval = false) => new()
    {
        MeetingRoomId = id, Name = name, Capacity = capacity, City = city, Building = building, Floor = floor,
        Equipment = equipment, NeedApproval = approval ? 1 : 0,
    };
}
