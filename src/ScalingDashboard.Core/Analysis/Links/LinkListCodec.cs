using System.Text;

namespace ScalingDashboard.Core.Analysis.Links;

/// <summary>
/// Packs a list of names into one query value. The separators (',' between items, ':' inside a pair) and the escape
/// character itself are percent-encoded inside each item, so any header survives; the URL encoder then encodes
/// the whole value once more, and the query parser undoes only that outer layer.
/// </summary>
public static class LinkListCodec
{
    public const char ItemSeparator = ',';

    public const char PairSeparator = ':';

    public static string Escape(string item)
    {
        // Only three characters are escaped: the rest stays readable in the address bar.
        var builder = new StringBuilder(item.Length);
        foreach (var c in item)
        {
            _ = c switch
            {
                '%' => builder.Append("%25"),
                ItemSeparator => builder.Append("%2C"),
                PairSeparator => builder.Append("%3A"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// Reverses <see cref="Escape"/>. Any other '%' sequence is kept as typed, so a hand-written link with a
    /// literal percent sign still means what it says.
    /// </summary>
    public static string Unescape(string item)
    {
        if (!item.Contains('%', StringComparison.Ordinal))
        {
            return item;
        }

        var builder = new StringBuilder(item.Length);
        for (var i = 0; i < item.Length; i++)
        {
            var code = item[i] == '%' && i + 2 < item.Length ? Decode(item[i + 1], item[i + 2]) : (char?)null;
            if (code is { } decoded)
            {
                builder.Append(decoded);
                i += 2;
            }
            else
            {
                builder.Append(item[i]);
            }
        }

        return builder.ToString();
    }

    public static string Join(IEnumerable<string> items) => string.Join(ItemSeparator, items.Select(Escape));

    /// <summary>The escaped items of a joined value, still escaped (pairs are split before unescaping).</summary>
    public static string[] SplitRaw(string value) =>
        value.Length == 0 ? [] : value.Split(ItemSeparator);

    private static char? Decode(char high, char low) => (high, char.ToUpperInvariant(low)) switch
    {
        ('2', '5') => '%',
        ('2', 'C') => ItemSeparator,
        ('3', 'A') => PairSeparator,
        _ => null,
    };
}
