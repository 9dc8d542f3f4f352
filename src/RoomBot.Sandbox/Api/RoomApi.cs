using RoomBot.Sandbox.Rooms;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Api;

/// <summary>
/// <c>oa/meetingroom/list|add|edit|del</c>. add/edit also accept <c>need_approval</c> (0/1), a sandbox extension:
/// WeCom sets approval in its admin console.
/// </summary>
internal static class RoomApi
{
    public static async Task<WeComResponse> ListAsync(ApiContext c)
    {
        var b = c.Body;
        var query = new MeetingRoomQuery
        {
            City = b.OptionalString("city"),
            Building = b.OptionalString("building"),
            Floor = b.OptionalString("floor"),
            Equipment = b.OptionalIntList("equipment"),
        };
        return new MeetingRoomListResponse { MeetingRoomList = await c.Service<RoomCatalog>().ListAsync(query, c.Aborted) };
    }

    public static async Task<WeComResponse> AddAsync(ApiContext c)
    {
        var b = c.Body;
        var room = Apply(b, new MeetingRoom { Name = b.RequiredString("name") });
        return new RoomAddResponse { MeetingRoomId = await c.Service<RoomCatalog>().AddAsync(room, c.Aborted) };
    }

    public static async Task<WeComResponse> EditAsync(ApiContext c)
    {
        var b = c.Body;
        var id = b.RequiredInt("meetingroom_id");
        await c.Service<RoomCatalog>().EditAsync(id, room => Apply(b, room), c.Aborted);
        return new WeComResponse();
    }

    public static async Task<WeComResponse> DeleteAsync(ApiContext c)
    {
        await c.Service<RoomCatalog>().DeleteAsync(c.Body.RequiredInt("meetingroom_id"), c.Aborted);
        return new WeComResponse();
    }

    /// <summary>The fields present in the body replace those of <paramref name="room"/>.</summary>
    private static MeetingRoom Apply(JsonBody b, MeetingRoom room) => room with
    {
        Name = b.OptionalString("name") ?? room.Name,
        Capacity = b.OptionalInt("capacity") ?? room.Capacity,
        City = b.Has("city") ? b.OptionalString("city") : room.City,
        Building = b.Has("building") ? b.OptionalString("building") : room.Building,
        Floor = b.Has("floor") ? b.OptionalString("floor") : room.Floor,
        Equipment = b.OptionalIntList("equipment") ?? room.Equipment,
        NeedApproval = b.OptionalInt("need_approval") ?? room.NeedApproval,
    };
}
