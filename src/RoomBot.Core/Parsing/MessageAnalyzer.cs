using System.Text.RegularExpressions;
using RoomBot.Core.Parsing.Entities;
using RoomBot.Core.Parsing.Intents;
using RoomBot.Core.Parsing.Text;
using RoomBot.Core.Parsing.Time;

namespace RoomBot.Core.Parsing;

/// <summary>
/// Runs the extractors in the order the recogniser's pitfalls require: everything that is not a time (subject,
/// repeat words, rooms, people, relative starts, head counts, floors) is found and masked first, so the single
/// recogniser call sees only time words.
/// </summary>
internal sealed partial class MessageAnalyzer(DateTimeRecognition recognition)
{
    public MessageAnalysis Analyze(string text, ParseContext context, bool answersWhichRoom = false)
    {
        var masked = new MaskedText(TextNormalizer.Normalize(text));
        var subject = SubjectExtractor.Extract(masked);
        MeetingOptionsExtractor.MaskReminderLead(masked);
        var recurrence = RecurrenceExtractor.Extract(masked);
        var room = RoomResolver.Resolve(masked, context.Rooms, answersWhichRoom);
        var attendees = PeopleResolver.Resolve(masked, context.Users, context.SpeakerUserId);
        var relative = RelativeStartExtractor.Extract(masked);
        var capacity = CapacityExtractor.Extract(masked);
        var location = LocationExtractor.Extract(masked, context.Rooms);

        var rest = masked.Current;
        var language = LanguageDetector.Detect(HasWords(rest) ? rest : masked.Original);
        var equipment = EquipmentExtractor.Extract(rest);
        var slots = ReadTime(rest, language, relative, TimeZoneInfo.ConvertTime(context.Now, context.TimeZone).DateTime);
        var hasNeeds = !slots.IsEmpty || capacity is not null || location != LocationFilter.None || equipment.Count > 0;
        var intent = IntentClassifier.Classify(masked.Unclaimed, room.Mentioned, hasNeeds);
        return new MessageAnalysis(
            intent,
            language,
            room,
            slots,
            attendees,
            subject,
            capacity,
            location,
            equipment,
            recurrence,
            MeetingOptionsExtractor.WantsOnlineMeeting(rest),
            MeetingOptionsExtractor.ReminderGroup(rest));
    }

    private TimeSlots ReadTime(string rest, Language language, TimeSpan? relative, DateTime localNow)
    {
        var timeLanguage = RecognizerLanguage.For(rest, language);
        var forRecognizer = Spaces().Replace(RecognizerRewrites.Apply(rest, timeLanguage), " ").Trim();
        var entities = recognition.Recognize(forRecognizer, timeLanguage, localNow);
        var slots = TimeSlotExtractor.Extract(entities, localNow);
        if (relative is not null)
        {
            slots = slots with { RelativeStart = relative };
        }

        if (ImpossibleTimeDetector.Contains(rest))
        {
            return slots with { Impossible = true };
        }

        // "tomorrow or friday at 3", "3点或者4点": two candidates offered, none chosen.
        var points = entities.Count(e => e.TypeName is "datetimeV2.date" or "datetimeV2.time" or "datetimeV2.datetime");
        return points >= 2 && Alternatives().IsMatch(rest) ? slots with { Alternatives = true } : slots;
    }

    private static bool HasWords(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\bor\b|或者|或是|还是|要么", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
