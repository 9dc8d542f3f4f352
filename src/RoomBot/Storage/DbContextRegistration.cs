using Microsoft.EntityFrameworkCore;

namespace RoomBot.Storage;

/// <summary>
/// A context whose migrations the <see cref="DatabaseMigrator"/> applies and the readiness check watches, in
/// registration order (the bot's first, then the sandbox's).
/// </summary>
/// <param name="Name">The context's base type name, as logs and the <c>migrate</c> command show it.</param>
/// <param name="Create">A new context for the configured provider; the caller disposes it.</param>
public sealed record DbContextRegistration(string Name, Func<IServiceProvider, DbContext> Create);
