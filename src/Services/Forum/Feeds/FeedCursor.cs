using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Agrovet.Forum.Feeds;

/// <summary>
/// Where a feed page starts: the sort, the direction (after the row: the next page; before it: the previous one) and
/// the row's ranking value (as its 64 bits) and id. Opaque to clients: they follow <c>next</c> and <c>previous</c>.
/// </summary>
public sealed record FeedCursor(string Sort, bool Before, long Key, long Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Sort}.{(Before ? 'b' : 'a')}.{Key}.{Id}")));

    public static FeedCursor? Decode(string text)
    {
        if (text.Length > 200)
        {
            return null;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
            if (parts.Length != 4 || !FeedSort.All.Contains(parts[0]) || parts[1] is not ("a" or "b")
                || !long.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
                || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            return new FeedCursor(parts[0], parts[1] == "b", key, id);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
