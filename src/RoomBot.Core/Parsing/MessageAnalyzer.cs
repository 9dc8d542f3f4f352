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
    public MessageAnalysis Analyze(string text, ParseContext context)
    {
        var masked = new MaskedText(TextNormalizer.Normalize(text));
        var subject = SubjectExtractor.Extract(masked);
        var recurrence = RecurrenceExtractor.Extract(masked);
        var room = RoomResolver.Resolve(masked, context.Rooms);
        var attendees = PeopleResolver.Resolve(masked, context.Users, context.SpeakerUserId);
        var relative = RelativeStartExtractor.Extract(masked);
        var capacity = CapacityExtractor.Extract(masked);
        var location = LocationExtractor.Extract(masked, context.Rooms);

        var rest = masked.Current;
        var language = LanguageDetector.Detect(HasWords(rest) ? rest : masked.Original);
        var equipment = EquipmentExtractor.Extract(rest);
        var localNow = TimeZoneInfo.ConvertTime(context.Now, context.TimeZone).DateTime;
        var forRecognizer = Spaces().Replace(RecognizerRewrites.Apply(rest, language), " ").Trim();
        var slots = TimeSlotExtractor.Extract(recognition.Recognize(forRecognizer, language, localNow), localNow);
        if (relative is not null)
        {
            slots = slots with { RelativeStart = relative };
        }

        var hasNeeds = !slots.IsEmpty || capacity is not null || location.City is not null || location.Floor is not null;
        var intent = IntentClassifier.Classify(rest.Trim(), room.Mentioned, hasNeeds);
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

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
