using System.Text.Json;

namespace RoomBot.Tests.Sandbox;

internal static class SandboxAssert
{
    public static JsonElement Ok(JsonElement answer)
    {
        Assert.True(answer.GetProperty("errcode").GetInt32() == 0, answer.GetRawText());
        Assert.Equal("ok", answer.GetProperty("errmsg").GetString());
        return answer;
    }

    public static JsonElement Error(int errcode, JsonElement answer)
    {
        Assert.True(answer.GetProperty("errcode").GetInt32() == errcode, answer.GetRawText());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("errmsg").GetString()));
        return answer;
    }
}
