using System.Globalization;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Parsing.Intents;

/// <summary>The short questions the bot asks, in the user's language.</summary>
internal static class ClarifyQuestions
{
    public static string RoomNotFound(Language language, string written) => language == Language.Chinese
        ? $"没有找到“{written}”，请问要哪个会议室？"
        : $"I couldn't find \"{written}\". Which room do you mean?";

    public static string RoomAmbiguous(Language language, IReadOnlyList<MeetingRoom> candidates) => language == Language.Chinese
        ? $"有几个会议室符合：{string.Join("、", candidates.Select(r => r.Name))}，请问是哪一个？"
        : $"Several rooms match: {string.Join(", ", candidates.Select(r => r.Name))}. Which one?";

    public static string WhichRoom(Language language) => language == Language.Chinese
        ? "请问要订哪个会议室？也可以告诉我人数或地点，我来帮你找。"
        : "Which room should I book? You can also tell me how many people or where, and I'll find one.";

    public static string WhichRoomSchedule(Language language) => language == Language.Chinese
        ? "请问要查看哪个会议室的预定情况？"
        : "Which room's schedule would you like to see?";

    public static string WhatTime(Language language, DateOnly? day) => (language, day) switch
    {
        (Language.Chinese, { } d) => $"请问{d.Month}月{d.Day}日几点开始？例如：下午3点到4点。",
        (Language.Chinese, null) => "请问要订什么时间？例如：明天下午3点到4点。",
        (_, { } d) => $"What time on {d.ToString("ddd d MMM", CultureInfo.InvariantCulture)}? For example: 3pm to 4pm.",
        _ => "When should I book it? For example: tomorrow 3pm to 4pm.",
    };

    public static string WhenToStart(Language language) => language == Language.Chinese
        ? "请问几点开始？"
        : "What time should it start?";

    public static string EndBeforeStart(Language language) => language == Language.Chinese
        ? "结束时间需要晚于开始时间，请问几点结束？"
        : "The end time must be after the start time. When should it end?";

    public static string ImpossibleTime(Language language) => language == Language.Chinese
        ? "这个日期或时间不存在，请再说一下具体时间？"
        : "That date or time doesn't exist. Which day and time do you mean?";

    public static string WhichTime(Language language) => language == Language.Chinese
        ? "你给了几个时间，请问订哪一个？"
        : "You mentioned more than one time. Which one should I book?";

    public static string HowLong(Language language) => language == Language.Chinese
        ? "一次预定不能超过一天，请问会议开多久？如需重复预定，可以说“每天”或“每周一”。"
        : "One booking can't last a day or more. How long is the meeting? For a repeat, say \"every day\" or \"every monday\".";

    public static string InThePast(Language language) => language == Language.Chinese
        ? "这个时间已经过去了，请问要订什么时间？"
        : "That time has already passed. When should I book it?";
}
