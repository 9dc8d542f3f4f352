using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using RoomBot.Core.Conversation;
using RoomBot.Core.Directory;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Tests.Conversation;

public sealed class WorkplaceDirectoryTests
{
    private readonly Mock<IWeComApi> _api = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));

    private readonly DirectoryCache _cache = new();

    /// <summary>A directory per turn, sharing the cache, as the host wires it.</summary>
    private WorkplaceDirectory Create() =>
        new(_api.Object, _cache, _time, Options.Create(new RoomBotOptions()), NullLogger<WorkplaceDirectory>.Instance);

    [Fact]
    public async Task RoomsAsync_WithinTheCacheLifetime_AsksWeComOnce()
    {
        _api.Setup(a => a.ListMeetingRoomsAsync(null, It.IsAny<CancellationToken>())).ReturnsAsync([new MeetingRoom { MeetingRoomId = 1 }]);
        await Create().RoomsAsync(default);
        _time.Advance(TimeSpan.FromMinutes(4));
        await Create().RoomsAsync(default);
        _time.Advance(TimeSpan.FromMinutes(2));
        await Create().RoomsAsync(default);

        _api.Verify(a => a.ListMeetingRoomsAsync(null, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task UsersAsync_UserListRefused_KeepsTheLastList()
    {
        _api.SetupSequence(a => a.ListUsersAsync(1, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new DirectoryUser { UserId = "lisi", Name = "李四" }])
            .ThrowsAsync(new WeComApiException(48002, "api forbidden", "user/list"));
        await Create().UsersAsync(default);
        _time.Advance(TimeSpan.FromMinutes(6));
        var users = await Create().UsersAsync(default);

        Assert.Equal("李四", Assert.Single(users).Name);
    }
}
