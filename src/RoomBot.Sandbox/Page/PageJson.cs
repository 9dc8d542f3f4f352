using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace RoomBot.Sandbox.Page;

/// <summary>
/// Reads a request body itself so malformed JSON or a wrongly typed field becomes a 400 that says what is wrong,
/// in every environment (minimal APIs' own binding answers such bodies differently in Development).
/// </summary>
internal static class PageJson
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, BadRequest("The body must be JSON (Content-Type: application/json)."));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, ct);
            return value is null ? (null, BadRequest("The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException ex)
        {
            var where = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $" at {ex.Path}";
            return (null, BadRequest($"The body is not valid JSON for this request{where}."));
        }
    }

    public static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
