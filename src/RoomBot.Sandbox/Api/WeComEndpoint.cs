using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoomBot.Sandbox.Auth;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Api;

/// <summary>
/// The WeCom envelope around every /cgi-bin handler: HTTP 200 always, <c>errcode</c>/<c>errmsg</c> in the body,
/// the access token checked first, the method checked (43001/43002), and never a 500 — an unexpected failure is
/// answered as WeCom's -1 系统繁忙 after being logged.
/// </summary>
internal static class WeComEndpoint
{
    public static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static RequestDelegate Get(Func<ApiContext, Task<WeComResponse>> handler, bool token = true) =>
        http => HandleAsync(http, HttpMethods.Get, token, handler);

    public static RequestDelegate Post(Func<ApiContext, Task<WeComResponse>> handler, bool token = true) =>
        http => HandleAsync(http, HttpMethods.Post, token, handler);

    private static async Task HandleAsync(HttpContext http, string method, bool token, Func<ApiContext, Task<WeComResponse>> handler)
    {
        WeComResponse response;
        try
        {
            response = await RunAsync(http, method, token, handler);
        }
        catch (SandboxException ex)
        {
            response = new WeComResponse { ErrCode = ex.ErrCode, ErrMsg = ex.ErrMsg };
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WeComEndpoint))
                .LogError(ex, "Sandbox API {Path} failed", http.Request.Path);
            response = new WeComResponse { ErrCode = SandboxErrors.SystemBusy, ErrMsg = "系统繁忙 (system busy)" };
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(Serialize(response), Encoding.UTF8);
    }

    /// <summary>errcode and errmsg first, as WeCom writes them.</summary>
    internal static string Serialize(WeComResponse response)
    {
        var node = JsonSerializer.SerializeToNode(response, response.GetType(), Json)!.AsObject();
        var ordered = new JsonObject { ["errcode"] = response.ErrCode, ["errmsg"] = response.ErrMsg ?? "" };
        foreach (var (name, value) in node.ToList())
        {
            if (name is not ("errcode" or "errmsg"))
            {
                node.Remove(name);
                ordered[name] = value;
            }
        }

        return ordered.ToJsonString(Json);
    }

    private static async Task<WeComResponse> RunAsync(HttpContext http, string method, bool token, Func<ApiContext, Task<WeComResponse>> handler)
    {
        if (!HttpMethods.Equals(http.Request.Method, method))
        {
            throw method == HttpMethods.Get
                ? new SandboxException(SandboxErrors.GetRequired, "require GET method")
                : new SandboxException(SandboxErrors.PostRequired, "require POST method");
        }

        if (token)
        {
            await http.RequestServices.GetRequiredService<AccessTokenService>()
                .ValidateAsync(http.Request.Query["access_token"].FirstOrDefault(), http.RequestAborted);
        }

        JsonBody? body = null;
        if (method == HttpMethods.Post)
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            body = JsonBody.Parse(await reader.ReadToEndAsync(http.RequestAborted));
        }

        var result = await handler(new ApiContext(http, body));
        return result with { ErrCode = 0, ErrMsg = "ok" };
    }
}
