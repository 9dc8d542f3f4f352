using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Intents;

/// <summary>
/// Keyword intent classification, strongest signal first: help, cancel, my bookings, a room's schedule, free-room
/// questions, booking. A message with no keyword but a room, a time or a head count is a booking ("2号会议室 明天下午3点").
/// </summary>
internal static partial class IntentClassifier
{
    public static Intent Classify(string text, bool hasRoom, bool hasTimeOrNeeds)
    {
        if (text.Length == 0)
        {
            return hasRoom || hasTimeOrNeeds ? Intent.Book : Intent.Unknown;
        }

        if (Cancel().IsMatch(text))
        {
            return Intent.Cancel;
        }

        if (Help().IsMatch(text))
        {
            return Intent.Help;
        }

        if (MyBookings().IsMatch(text))
        {
            return Intent.MyBookings;
        }

        // "is room 2 booked at 3pm?" asks whether it is free (docs/parsing.md: one-room availability is free_rooms).
        if (AvailabilityQuestion().IsMatch(text))
        {
            return Intent.FreeRooms;
        }

        if (Schedule().IsMatch(text) || (hasRoom && RoomBookingsQuestion().IsMatch(text)))
        {
            return Intent.RoomSchedule;
        }

        // The verb decides: "book any free room at 3pm", "find me a room for 5", "找个空会议室" ask for a booking;
        // "is room 1 free at 3pm", "which rooms are free", "有没有空的会议室" are questions.
        if (Free().IsMatch(text) && !StrongBook().IsMatch(text))
        {
            return Intent.FreeRooms;
        }

        if (Book().IsMatch(text) || hasRoom || hasTimeOrNeeds)
        {
            return Intent.Book;
        }

        return Greeting().IsMatch(text) ? Intent.Help : Intent.Unknown;
    }

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|no\s+longer)\s+need\b|不需要了|用不上了|\b(?:cancel\w*|call\s+off|delete|remove|drop|release|unbook|free\s+up)\b|取消|撤销|退订|退掉|删除|删掉|不要了|不用了|释放", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^\s*(?:help|\?|menu|usage|commands?)\s*[!?.]*\s*$|\bhelp\s+me\s*$|\bhow\s+(?:do\s+i|to|does\s+this)\s+(?:use|work)|\bwhat\s+can\s+(?:you|i)\s+(?:do|say|ask)|\bhow\s+does\s+(?:this|it)\s+work|\bwhat\s+do\s+you\s+do|帮助|怎么用|如何使用|使用说明|使用方法|怎么使用|能做什么|会做什么|可以做什么|能干什么|你会(?:做)?什么|有什么功能|功能介绍|^\s*\?\s*$|^\s*菜单\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Help();

    [GeneratedRegex(@"\bmy\s+(?:upcoming\s+|current\s+|future\s+|next\s+|room\s+|meeting\s+)?(?:bookings?|reservations?|meetings|booked\s+rooms)\b|\b(?:what|which)\s+(?:rooms?\s+)?(?:have|did)\s+i\s+(?:booked|reserved)|\bi\s+(?:have\s+)?booked\b.*\?|\bmine\b|\b(?:do|did)\s+i\s+have\s+(?:any\s+)?(?:bookings?|reservations?|meetings?)\b|\bam\s+i\s+booked\b|我[^,.;!?订定约要想]{0,6}有(?:哪些|什么|几个|没有)?(?:会议?|预定|预订)(?!室)|我的(?:会议室)?(?:预定|预订|预约|会议|订单|会议室)|我(?:都)?(?:订|预定|预订|约)了(?:哪些|什么|几个)|我订的|我预定的|我预订的|我约的|我[^,.;!?订定约要想]{0,6}的(?:会议室)?(?:预定|预订|预约|会议(?!室))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MyBookings();

    [GeneratedRegex(@"\bschedule\s+(?:of|for)\b|\b(?:room\s+)?\w*\s*schedule\s*(?:today|tomorrow|on|for|\?|$)|\bagenda\b|\btimetable\b|\bcalendar\b|\bwho\s+(?:has\s+)?(?:booked|reserved|is\s+using|has)\b|\bwhat(?:'s|\s+is)\s+(?:on|booked)\b|\bbookings?\s+(?:for|of|on|in)\b|\breservations?\s+(?:for|of|on|in)\b|的安排|情况|预订情况|预约情况|使用情况|占用情况|日程|排期|谁订了|谁定了|谁在用|被谁|订了哪些", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Schedule();

    [GeneratedRegex(@"^\s*(?:is|are|will)\b[^?]*\b(?:free|available|booked|taken|occupied|busy|in\s+use|vacant)\b|空吗|空不空|是空的吗|能订吗|可以订吗|能不能订|可不可以订|可订吗|被占了吗|被占用了吗|有人(?:用|订)吗", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AvailabilityQuestion();

    [GeneratedRegex(@"\b(?:bookings|reservations|booked)\b|哪些时间|哪些时段|什么时候有空", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoomBookingsQuestion();

    [GeneratedRegex(@"\b(?:free|available|availability|vacant|open|empty)\b|\bany\s+(?:\w+\s+)?rooms?\b|\b(?:is|are)\s+there\s+(?:a|any)\b|\b(?:do|does)\s+(?:we|you|anyone)\s+have\s+(?:a|any)\b|\bfind\s+(?:me\s+)?(?:a|an|some)?\s*(?:\w+\s+)?rooms?\b|有空|空闲|空着|空的|可用|能用|有没有(?:空)?(?:的)?会议室|有(?:什么|哪些|哪个)?(?:会议室|房间)(?:可以|能)?(?:用)?吗|哪些会议室|哪个会议室(?:有空|空)|会议室吗|空(?:的)?(?:会议室|房间)|(?:哪些|哪个|哪间)[^,.;!?]{0,8}空", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Free();

    [GeneratedRegex(@"\b(?:book\w*|reserve\w*|reservation|grab|hold|get\s+(?:me\s+)?(?:a|the)|need\s+(?:a|the)|want\s+(?:a|the)|set\s+up|schedule\s+(?:a|an|the|my|me)|arrange|find\s+(?:me|us))\b|找|订|预定|预订|预约|约|开会|定一?个|安排一?个|帮我|要一?个|借", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Book();

    [GeneratedRegex(@"\b(?:book|reserve)\b|\b(?:find|get)\s+(?:me|us)\b|^\s*(?:please\s+)?find\b|找|(?:^|帮我|给我|我要|我想|想|请|要|麻烦|再)\s*(?:订|预定|预订|预约)|(?:订|预定|预订)(?:一下|个|一个)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongBook();

    [GeneratedRegex(@"^\s*(?:hi|hello|hey|yo|good\s+(?:morning|afternoon|evening)|你好|您好|嗨|哈喽|在吗)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();
}
