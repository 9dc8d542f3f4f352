using System.Text;

namespace RoomBot.Callback;

/// <summary>Reads a request body as UTF-8, refusing anything over the limit without buffering it.</summary>
internal static class BoundedBodyReader
{
    /// <summary>Returns null when the body exceeds <paramref name="limit"/> bytes.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new byte[limit + 1];
        var total = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer.AsMemory(total), ct)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return null;
            }
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }
}
