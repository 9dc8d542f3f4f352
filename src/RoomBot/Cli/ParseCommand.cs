using System.Globalization;
using System.Text;
using System.Text.Json;
using RoomBot.Core.Parsing;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Cli;

/// <summary>
/// <c>roombot parse</c>: one utterance per stdin line → one JSON object per stdout line, nothing else on stdout
/// (a contract other tools call, docs/parsing.md). No web host, no logging; errors go to stderr.
/// Exit codes: 0 ok, 2 bad arguments or unreadable --rooms/--users file.
/// </summary>
public static class ParseCommand
{
    public static Task<int> RunAsync(string[] args) =>
        RunAsync(args, Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);

    internal static async Task<int> RunAsync(string[] args, Stream input, Stream output, TextWriter stderr)
    {
        ParseCommandOptions options;
        ParseContext context;
        TimeSpan defaultDuration;
        try
        {
            options = ParseCommandOptions.FromArgs(args);
            var settings = ParseCommandSettings.Load();
            var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone ?? settings.TimeZone);
            var now = options.Now is null ? TimeProvider.System.GetUtcNow() : ParseNow(options.Now, zone);
            var rooms = options.RoomsFile is null ? [] : Load<MeetingRoomListResponse>(options.RoomsFile).MeetingRoomList;
            var users = options.UsersFile is null ? [] : Load<UserListResponse>(options.UsersFile).UserList;
            context = new ParseContext(now, zone, rooms, users, options.User);
            defaultDuration = settings.DefaultDuration;
        }
        catch (Exception e) when (e is ArgumentException or IOException or JsonException or FormatException
                                      or TimeZoneNotFoundException or InvalidTimeZoneException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"parse: {e.Message}");
            await stderr.WriteLineAsync("usage: parse [--now ISO-8601] [--tz IANA-zone] [--rooms rooms.json] [--users users.json] [--user userid]");
            return 2;
        }

        var parser = new RequestParser(new ParserOptions { DefaultDuration = defaultDuration });
        using var stdin = new StreamReader(input, new UTF8Encoding(false));
        await using var stdout = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true, NewLine = "\n" };
        while (await stdin.ReadLineAsync() is { } line)
        {
            await stdout.WriteLineAsync(ParseLine(parser, line, context, stderr));
        }

        return 0;
    }

    private static string ParseLine(RequestParser parser, string line, ParseContext context, TextWriter stderr)
    {
        try
        {
            return ParseResultJson.Write(parser.Parse(line, context), context.TimeZone);
        }
#pragma warning disable CA1031 // One bad line must not end the stream: report it and answer "unknown".
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"parse: failed on a line: {e.GetType().Name}: {e.Message}");
            return ParseResultJson.Write(new ParsedRequest { Intent = Intent.Unknown }, context.TimeZone);
        }
    }

    private static DateTimeOffset ParseNow(string text, TimeZoneInfo zone)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var withOffset)
            && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9))
        {
            return withOffset;
        }

        // No offset given: a wall-clock time in the user's zone.
        var local = DateTime.Parse(text, CultureInfo.InvariantCulture, styles);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static T Load<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream) ?? throw new JsonException($"{path} is empty");
    }
}
