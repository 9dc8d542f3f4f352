using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>One of the user's bookings as get_booking_info listed it, with its room.</summary>
public sealed record FoundBooking(MeetingRoom Room, BookingSlot Slot);
