using System.Text;
using System.Text.Json;
using RoomBot.Cli;

namespace RoomBot.Tests.Cli;

/// <summary>The <c>parse</c> command's contract (docs/parsing.md): one JSON line per input line, exit 2 on bad input files.</summary>
public sealed class ParseCommandTests : IDisposable
{
    private const string Rooms = """
        {"errcode":0,"errmsg":"ok","meetingroom_list":[
         {"meetingroom_id":7,"name":"7号会议室","capacity":12,"city":"深圳","building":"科兴科学园","floor":"3F","equipment":[1,3],"need_approval":0},
         {"meetingroom_id":9,"name":"Kilimanjaro","capacity":20,"city":"上海","building":"Pudong Center","floor":"30F","equipment":[],"need_approval":0}
        ]}
        """;

    private const string Users = """{"errcode":0,"errmsg":"ok","userlist":[{"userid":"zhangsan","name":"张三"},{"userid":"zhaoliu","name":"赵六"}]}""";

    private readonly string _dir = Directory.CreateTempSubdirectory("roombot-parse-").FullName;

    [Fact]
    public async Task RunAsync_ThreeLines_WritesThreeJsonObjectsInOrder()
    {
        var (code, lines, _) = await Run("book room 7 tomorrow 3pm with zhaoliu\n\n订Kilimanjaro 明天下午3点到4点半 主题：复盘\n", Args());

        Assert.Equal(0, code);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("book", first.RootElement.GetProperty("intent").GetString());
        Assert.Equal(7, first.RootElement.GetProperty("meetingroom_id").GetInt32());
        Assert.Equal("2026-11-25T15:00:00+08:00", first.RootElement.GetProperty("start").GetString());
        Assert.Equal("2026-11-25T16:00:00+08:00", first.RootElement.GetProperty("end").GetString());
        Assert.Equal("zhaoliu", first.RootElement.GetProperty("attendees")[0].GetString());
        using var empty = JsonDocument.Parse(lines[1]);
        Assert.Equal("unknown", empty.RootElement.GetProperty("intent").GetString());
        using var chinese = JsonDocument.Parse(lines[2]);
        Assert.Equal(9, chinese.RootElement.GetProperty("meetingroom_id").GetInt32());
        Assert.Equal("2026-11-25T16:30:00+08:00", chinese.RootElement.GetProperty("end").GetString());
        Assert.Equal("复盘", chinese.RootElement.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task RunAsync_QueriesAndRecurrence_UseSnakeCaseAndTheDocumentedShapes()
    {
        var (_, lines, _) = await Run("my bookings\ncancel my booking on thursday\nbook room 7 every friday 4pm\n", Args());

        using var mine = JsonDocument.Parse(lines[0]);
        Assert.Equal("my_bookings", mine.RootElement.GetProperty("intent").GetString());
        using var cancel = JsonDocument.Parse(lines[1]);
        Assert.Equal("2026-11-26", cancel.RootElement.GetProperty("date").GetString());
        using var weekly = JsonDocument.Parse(lines[2]);
        var recurrence = weekly.RootElement.GetProperty("recurrence");
        Assert.Equal("weekly", recurrence.GetProperty("freq").GetString());
        Assert.Equal(1, recurrence.GetProperty("interval").GetInt32());
        Assert.Equal(JsonValueKind.Null, recurrence.GetProperty("until").ValueKind);
    }

    [Fact]
    public async Task RunAsync_NowWithoutOffset_IsReadInTheGivenZone()
    {
        var args = Args();
        args[1] = "2026-11-24T10:00:00";

        var (_, lines, _) = await Run("book room 7 in 30 minutes\n", args);

        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Equal("2026-11-24T10:30:00+08:00", doc.RootElement.GetProperty("start").GetString());
    }

    [Fact]
    public async Task RunAsync_UnreadableRoomsFile_ExitsWithTwoAndExplainsOnStderr()
    {
        var broken = Path.Combine(_dir, "broken.json");
        await File.WriteAllTextAsync(broken, "{ not json");
        var args = Args();
        args[Array.IndexOf(args, "--rooms") + 1] = broken;

        var (code, lines, stderr) = await Run("book room 7 tomorrow 3pm\n", args);

        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("parse:", stderr);
    }

    [Fact]
    public async Task RunAsync_MissingRoomsFile_ExitsWithTwo()
    {
        var args = Args();
        args[Array.IndexOf(args, "--rooms") + 1] = Path.Combine(_dir, "absent.json");

        var (code, _, stderr) = await Run("book room 7\n", args);

        Assert.Equal(2, code);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public async Task RunAsync_UnknownArgument_ExitsWithTwo()
    {
        var (code, _, stderr) = await Run("help\n", ["--bogus", "1"]);

        Assert.Equal(2, code);
        Assert.Contains("--bogus", stderr);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string[] Args()
    {
        var rooms = Path.Combine(_dir, "rooms.json");
        var users = Path.Combine(_dir, "users.json");
        File.WriteAllText(rooms, Rooms);
        File.WriteAllText(users, Users);
        return ["--now", "2026-11-24T10:00:00+08:00", "--tz", "Asia/Shanghai", "--rooms", rooms, "--users", users, "--user", "zhangsan"];
    }

    private static async Task<(int Code, string[] Lines, string Stderr)> Run(string input, string[] args)
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var code = await ParseCommand.RunAsync(args, stdin, stdout, stderr);

        var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (code, lines, stderr.ToString());
    }
}
