using System.Text;

namespace RoomBot.WeCom.Api;

/// <summary>Absolute <c>/cgi-bin/...</c> URIs under a base address that may carry a path prefix.</summary>
internal static class WeComUri
{
    public static Uri Build(Uri baseAddress, string path, IEnumerable<KeyValuePair<string, string>>? query = null)
    {
        var sb = new StringBuilder(baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        sb.Append("/cgi-bin/").Append(path);
        var separator = '?';
        foreach (var (name, value) in query ?? [])
        {
            sb.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return new Uri(sb.ToString(), UriKind.Absolute);
    }

    public static Uri AppendQuery(Uri uri, string name, string value)
    {
        var separator = string.IsNullOrEmpty(uri.Query) ? '?' : '&';
        return new Uri(uri.AbsoluteUri + separator + name + "=" + Uri.EscapeDataString(value), UriKind.Absolute);
    }

    /// <summary>The part after <c>/cgi-bin/</c>, e.g. <c>oa/meetingroom/book</c>; used for errors and logs (never the query).</summary>
    public static string ApiPath(Uri uri)
    {
        var path = uri.AbsolutePath;
        var i = path.IndexOf("/cgi-bin/", StringComparison.Ordinal);
        return i < 0 ? path : path[(i + "/cgi-bin/".Length)..];
    }
}
