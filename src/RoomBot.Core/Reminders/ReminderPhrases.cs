using RoomBot.Core.Parsing;

namespace RoomBot.Core.Reminders;

/// <summary>The reminder conversation's answers in both languages.</summary>
internal static class ReminderPhrases
{
    public static string CheckedIn(Language l) => l == Language.Chinese ? "已签到" : "Checked in";

    public static string Released(Language l) => l == Language.Chinese ? "已释放" : "Released";

    public static string Cancelled(Language l) => l == Language.Chinese ? "预订已取消" : "Booking cancelled";

    public static string NotYours(Language l) => l == Language.Chinese
        ? "只有这场会议的预订人和参会人可以签到。"
        : "Only the people of this meeting can check in.";

    public static string OnlyBookerReleases(Language l) => l == Language.Chinese
        ? "只有预订人可以释放会议室。"
        : "Only the booker can release the room.";

    public static string ReleaseFailed(Language l, int errCode, string errMsg) => l == Language.Chinese
        ? $"释放失败（企业微信错误 {errCode}：{errMsg}），预订仍然保留。"
        : $"Could not release the room (WeCom error {errCode}: {errMsg}); the booking stands.";

    public static string GroupAdded(Language l, string name) => l == Language.Chinese
        ? $"已添加群「{name}」：预订时说“提醒{name}”，会议开始前会在该群提醒参会人。"
        : $"Group \"{name}\" added: say \"remind {name}\" when booking and its robot will remind the attendees.";

    public static string GroupConfigured(Language l, string name) => l == Language.Chinese
        ? $"群「{name}」由管理员在配置中设置，不能在聊天中修改。"
        : $"Group \"{name}\" is set by the administrator's configuration and cannot be changed in chat.";

    public static string BadKey(Language l) => l == Language.Chinese
        ? "这不像群机器人的 key：请从群机器人的设置里复制 key（或完整的 webhook 地址）。"
        : "That does not look like a group robot key: copy the key (or the whole webhook address) from the robot's settings.";
}
