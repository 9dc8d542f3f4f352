using System.Globalization;

namespace RoomBot.Cli;

/// <summary>The <c>parse</c> command's arguments (docs/parsing.md): <c>--now --tz --rooms --users --user</c>.</summary>
internal sealed record ParseCommandOptions(string? Now, string? TimeZone, string? RoomsFile, string? UsersFile, string User)
{
    public static ParseCommandOptions FromArgs(IReadOnlyList<string> args)
    {
        string? now = null, tz = null, rooms = null, users = null, user = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var written = name;
            string? value = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (name.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }

            switch (name)
            {
                case "--now": now = value; break;
                case "--tz": tz = value; break;
                case "--rooms": rooms = value; break;
                case "--users": users = value; break;
                case "--user": user = value; break;
                default: throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"unknown argument '{written}'"));
            }

            if (value is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} needs a value"));
            }
        }

        return new ParseCommandOptions(now, tz, rooms, users, user ?? "");
    }
}
