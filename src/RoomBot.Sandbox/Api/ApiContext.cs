using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RoomBot.Sandbox.Api;

/// <summary>One /cgi-bin call: its query, its parsed body (POST) and the request's services.</summary>
public sealed class ApiContext(HttpContext http, JsonBody? body)
{
    public HttpContext Http => http;
    public CancellationToken Aborted => http.RequestAborted;

    /// <summary>The JSON body of a POST; 40058 when a GET handler asks for one.</summary>
    public JsonBody Body => body ?? throw JsonBody.Invalid("the request needs a JSON body");

    public string? Query(string name) => http.Request.Query[name].FirstOrDefault();

    public T Service<T>() where T : notnull => http.RequestServices.GetRequiredService<T>();
}
