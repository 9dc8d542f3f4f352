using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>A room and a time the bot offers instead of a refused request.</summary>
public sealed record BookingOption(MeetingRoom Room, DateTimeOffset Start, DateTimeOffset End);
