using RoomBot.Sandbox.Storage;

namespace RoomBot.Sandbox.Booking;

/// <summary>A room and its bookings of one day (all statuses, cancelled ones included) for the page's day view.</summary>
public sealed record RoomDay(SandboxRoom Room, IReadOnlyList<SandboxBooking> Bookings);
