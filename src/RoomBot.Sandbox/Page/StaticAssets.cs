using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace RoomBot.Sandbox.Page;

/// <summary>
/// The page's files, embedded in this assembly (<c>wwwroot\**</c>) so the sandbox ships as one DLL and needs no
/// content root or build step. Read once; served with an ETag so a reload revalidates instead of re-downloading.
/// </summary>
internal sealed class StaticAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> assets;

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var prefix = assembly.GetName().Name + ".wwwroot.";
        var found = new Dictionary<string, Asset>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var fileName = resource[prefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16] + "\"";
            var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");
            found[fileName] = new Asset(bytes, contentType, etag);
        }

        assets = found.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> FileNames => assets.Keys;

    public IResult Serve(HttpContext context, string fileName)
    {
        if (!assets.TryGetValue(fileName, out var asset))
        {
            return Results.NotFound();
        }

        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
