using System.Text.Json;
using RoomBot.Core.Parsing;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Tests.Parsing;

/// <summary>
/// Runs ../shared/eval/utterances.jsonl (next to the repository) through the parser with the scorer's conventions:
/// every expected field must match. The set is always present in this workspace, so a missing file is a failure.
/// </summary>
[Collection(ParserCollection.Name)]
public sealed class EvalFileTests(ParserFixture fixture)
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Parse_SharedEvalSet_MatchesEveryLabel()
    {
        var eval = Path.Combine(RepositoryRoot(), "..", "shared", "eval");
        var rooms = Read<MeetingRoomListResponse>(Path.Combine(eval, "rooms.json")).MeetingRoomList;
        var users = Read<UserListResponse>(Path.Combine(eval, "users.json")).UserList;
        var context = new ParseContext(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8)), Zone, rooms, users, "zhangsan");
        var failures = new List<string>();
        var cases = File.ReadAllLines(Path.Combine(eval, "utterances.jsonl")).Where(l => l.Trim().Length > 0).ToList();

        foreach (var line in cases)
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            var result = fixture.Parser.Parse(text, context);
            failures.AddRange(EvalLabel.Mismatches(doc.RootElement.GetProperty("expect"), result, Zone).Select(m => $"{text}: {m}"));
        }

        Assert.True(cases.Count >= 50, $"only {cases.Count} eval cases found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static T Read<T>(string path) => JsonSerializer.Deserialize<T>(File.ReadAllText(path))!;

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RoomBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("RoomBot.sln not found above " + AppContext.BaseDirectory);
    }
}
