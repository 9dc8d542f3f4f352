using RoomBot.Sandbox.Storage;

namespace RoomBot.Sandbox.Booking;

/// <summary>City → building → floor filters of doc 93619/93620: a level needs its parent.</summary>
public static class LocationFilter
{
    public static void Validate(string? city, string? building, string? floor)
    {
        if (!string.IsNullOrEmpty(building) && string.IsNullOrEmpty(city))
        {
            throw new SandboxException(SandboxErrors.InvalidParameter, "invalid parameter: building requires city (楼宇过滤需同时填写城市)");
        }

        if (!string.IsNullOrEmpty(floor) && (string.IsNullOrEmpty(city) || string.IsNullOrEmpty(building)))
        {
            throw new SandboxException(SandboxErrors.InvalidParameter, "invalid parameter: floor requires city and building (楼层过滤需同时填写城市和楼宇)");
        }
    }

    public static IQueryable<SandboxRoom> Apply(IQueryable<SandboxRoom> rooms, string? city, string? building, string? floor)
    {
        if (!string.IsNullOrEmpty(city))
        {
            rooms = rooms.Where(r => r.City == city);
        }

        if (!string.IsNullOrEmpty(building))
        {
            rooms = rooms.Where(r => r.Building == building);
        }

        if (!string.IsNullOrEmpty(floor))
        {
            rooms = rooms.Where(r => r.Floor == floor);
        }

        return rooms;
    }
}
