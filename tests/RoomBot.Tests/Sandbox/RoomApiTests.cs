using System.Text.Json;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>oa/meetingroom/list|add|edit|del over HTTP.</summary>
public sealed class RoomApiTests
{
    [Fact]
    public async Task List_NoFilter_ReturnsTheDemoRoomsInWeComShape()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var rooms = await ListAsync(api, "{}");

        Assert.Equal(10, rooms.Count);
        Assert.Equal(["meetingroom_id", "name", "capacity", "city", "building", "floor", "equipment", "need_approval"],
            rooms[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, rooms.Single(r => r.GetProperty("meetingroom_id").GetInt32() == 6).GetProperty("need_approval").GetInt32());
    }

    [Theory]
    [InlineData("""{"city":"北京"}""", new[] { 4, 5, 10 })]
    [InlineData("""{"city":"北京","building":"Tower A"}""", new[] { 4, 5 })]
    [InlineData("""{"city":"深圳","building":"腾讯大厦","floor":"20F"}""", new[] { 3 })]
    [InlineData("""{"equipment":[3,4]}""", new[] { 3, 7, 10 })]
    [InlineData("""{"city":"上海","equipment":[5]}""", new[] { 9 })]
    public async Task List_Filters_ReturnMatchingRooms(string body, int[] expected)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var rooms = await ListAsync(api, body);

        Assert.Equal(expected, rooms.Select(r => r.GetProperty("meetingroom_id").GetInt32()));
    }

    [Theory]
    [InlineData("""{"building":"Tower A"}""")]
    [InlineData("""{"city":"北京","floor":"5F"}""")]
    public async Task List_LevelWithoutParent_Returns40058(string body)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(40058, await api.PostAsync("oa/meetingroom/list", body));
    }

    [Fact]
    public async Task AddEditDelete_Room_ChangesTheList()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var id = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/add",
            """{"name":"18F-小会议室","capacity":5,"city":"深圳","building":"腾讯大厦","floor":"18F","equipment":[1,4]}"""))
            .GetProperty("meetingroom_id").GetInt32();
        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/edit", $$"""{"meetingroom_id":{{id}},"capacity":8,"need_approval":1}"""));

        var edited = (await ListAsync(api, """{"city":"深圳","building":"腾讯大厦","floor":"18F"}""")).Single(r => r.GetProperty("meetingroom_id").GetInt32() == id);
        Assert.Equal(11, id);
        Assert.Equal(8, edited.GetProperty("capacity").GetInt32());
        Assert.Equal("18F-小会议室", edited.GetProperty("name").GetString());
        Assert.Equal(1, edited.GetProperty("need_approval").GetInt32());

        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/del", $$"""{"meetingroom_id":{{id}}}"""));
        Assert.DoesNotContain(await ListAsync(api, "{}"), r => r.GetProperty("meetingroom_id").GetInt32() == id);
        SandboxAssert.Error(93905, await api.BookAsync(id, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11)));
    }

    [Theory]
    [InlineData("oa/meetingroom/edit", """{"meetingroom_id":999,"capacity":3}""")]
    [InlineData("oa/meetingroom/del", """{"meetingroom_id":999}""")]
    public async Task EditOrDelete_UnknownRoom_ReturnsRoomNotFound(string path, string body)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93905, await api.PostAsync(path, body));
    }

    [Fact]
    public async Task Edit_InvalidEquipment_LeavesRoomUnchanged()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var before = (await ListAsync(api, "{}"))[0].GetRawText();

        SandboxAssert.Error(40058, await api.PostAsync("oa/meetingroom/edit", """{"meetingroom_id":1,"name":"新名字","equipment":[9]}"""));

        Assert.Equal(before, (await ListAsync(api, "{}"))[0].GetRawText());
    }

    private static async Task<List<JsonElement>> ListAsync(SandboxApi api, string body) =>
        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/list", body)).GetProperty("meetingroom_list").EnumerateArray().ToList();
}
