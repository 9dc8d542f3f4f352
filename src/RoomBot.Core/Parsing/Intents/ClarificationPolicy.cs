using RoomBot.Core.Parsing.Entities;
using RoomBot.Core.Parsing.Time;

namespace RoomBot.Core.Parsing.Intents;

/// <summary>
/// Decides whether the bot must ask before acting, and what. A booking needs a usable time and either a room or
/// something to choose one by (head count, place, equipment); a room that was named but not found or that matches
/// several rooms is always asked about. The bot never books a guess.
/// </summary>
internal static class ClarificationPolicy
{
    public static string? Question(Intent intent, Language language, RoomMatch room, ResolvedTime time, bool hasRoomCriteria)
    {
        if (intent is Intent.Help or Intent.Unknown or Intent.MyBookings)
        {
            return null;
        }

        if (room.Candidates.Count > 1)
        {
            return ClarifyQuestions.RoomAmbiguous(language, room.Candidates);
        }

        if (room.Room is null && room.Unresolved is not null)
        {
            return ClarifyQuestions.RoomNotFound(language, room.Unresolved);
        }

        if (time.Problem == TimeProblem.Impossible)
        {
            return ClarifyQuestions.ImpossibleTime(language);
        }

        if (time.Problem == TimeProblem.Alternatives)
        {
            return ClarifyQuestions.WhichTime(language);
        }

        if (time.Problem == TimeProblem.TooLong)
        {
            return ClarifyQuestions.HowLong(language);
        }

        if (time.Problem == TimeProblem.EndNotAfterStart)
        {
            return ClarifyQuestions.EndBeforeStart(language);
        }

        return intent switch
        {
            Intent.Book => BookingQuestion(language, room, time, hasRoomCriteria),
            Intent.RoomSchedule when room.Room is null => ClarifyQuestions.WhichRoomSchedule(language),
            _ => null,
        };
    }

    private static string? BookingQuestion(Language language, RoomMatch room, ResolvedTime time, bool hasRoomCriteria)
    {
        if (time.Problem == TimeProblem.InThePast)
        {
            return ClarifyQuestions.InThePast(language);
        }

        if (time.Start is null)
        {
            return time.End is not null ? ClarifyQuestions.WhenToStart(language) : ClarifyQuestions.WhatTime(language, time.Date);
        }

        return room.Room is null && !hasRoomCriteria ? ClarifyQuestions.WhichRoom(language) : null;
    }
}
