using System.Globalization;
using Microsoft.Extensions.Configuration;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox;

/// <summary>
/// The demo rooms in appsettings.json use WeCom's JSON names (<c>meetingroom_id</c>, <c>need_approval</c>), which the
/// configuration binder does not map onto <see cref="MeetingRoom"/>'s properties: read them here, accepting both spellings.
/// </summary>
internal static class SandboxRoomsBinder
{
    public static List<MeetingRoom> Read(IConfigurationSection rooms) =>
        rooms.GetChildren().Select(ReadRoom).Where(r => r.MeetingRoomId > 0).ToList();

    private static MeetingRoom ReadRoom(IConfigurationSection s) => new()
    {
        MeetingRoomId = Int(s, "meetingroom_id", "MeetingRoomId"),
        Name = Str(s, "name", "Name") ?? "",
        Capacity = Int(s, "capacity", "Capacity"),
        City = Str(s, "city", "City"),
        Building = Str(s, "building", "Building"),
        Floor = Str(s, "floor", "Floor"),
        Equipment = (s.GetSection("equipment").Exists() ? s.GetSection("equipment") : s.GetSection("Equipment"))
            .GetChildren().Select(c => int.TryParse(c.Value, CultureInfo.InvariantCulture, out var v) ? v : 0).Where(v => v > 0).ToList(),
        NeedApproval = Int(s, "need_approval", "NeedApproval"),
    };

    private static string? Str(IConfigurationSection s, string wecomName, string propertyName) => s[wecomName] ?? s[propertyName];

    private static int Int(IConfigurationSection s, string wecomName, string propertyName) =>
        int.TryParse(Str(s, wecomName, propertyName), CultureInfo.InvariantCulture, out var v) ? v : 0;
}
