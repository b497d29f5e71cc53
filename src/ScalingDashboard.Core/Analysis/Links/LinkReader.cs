using System.Globalization;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis.Links;

/// <summary>
/// Reads typed values out of a link's query, collecting one problem per value it has to ignore.
/// Every method returns null for "absent or unusable", so the caller falls back to the default.
/// </summary>
public sealed class LinkReader(IReadOnlyDictionary<string, string?> query)
{
    // Long enough to recognise a value, short enough that a pasted essay does not flood the page.
    private const int MaxShownLength = 60;

    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The raw value, or null when the key is missing or has no value.</summary>
    public string? Raw(string key) => query.TryGetValue(key, out var value) ? value : null;

    /// <summary>A free-text value (a column header, a condition); an empty or all-blank value means "not set", as
    /// the writer leaves such values out, so every link reads back to the value that wrote it.</summary>
    public string? Text(string key) => Raw(key) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>A finite number in [<paramref name="min"/>, <paramref name="max"/>] (or below max when <paramref name="maxExclusive"/>).</summary>
    public double? Number(string key, double min = double.NegativeInfinity, double max = double.PositiveInfinity, bool maxExclusive = false) =>
        Text(key) is { } text ? Number(key, text, min, max, maxExclusive) : null;

    /// <summary>A finite number inside <paramref name="range"/>, the bounds its record declares.</summary>
    public double? Number(string key, SpecRange<double> range) => Number(key, range.Min, range.Max);

    public double? Number(string key, string text, double min, double max, bool maxExclusive, string? item = null)
    {
        // The one number reader of every face: "6e21", "7B" and "54%" mean what they mean in a table cell.
        if (!NumberText.TryParse(text, out var value))
        {
            Problem(key, text, "is not a finite number", item);
            return null;
        }

        var aboveMax = maxExclusive ? value >= max : value > max;
        if (value < min || aboveMax)
        {
            Problem(key, text, RangeText(min, max, maxExclusive), item);
            return null;
        }

        return value;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int? WholeNumber(string key, int min = int.MinValue, int max = int.MaxValue)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Problem(key, text, "is not a whole number");
            return null;
        }

        if (value < min || value > max)
        {
            Problem(key, text, RangeText(min, max, maxExclusive: false));
            return null;
        }

        return value;
    }

    /// <summary>A whole number inside <paramref name="range"/>, the bounds its record declares.</summary>
    public int? WholeNumber(string key, SpecRange<int> range) => WholeNumber(key, range.Min, range.Max);

    /// <summary>"1"/"true" or "0"/"false"; the writer only ever emits "1". <paramref name="quiet"/>: another reading
    /// follows, so a value that is not a flag is not yet a problem.</summary>
    public bool? Flag(string key, bool quiet = false)
    {
        switch (Text(key))
        {
            case null:
                return null;
            case "1":
            case var t when t.Equals("true", StringComparison.OrdinalIgnoreCase):
                return true;
            case "0":
            case var f when f.Equals("false", StringComparison.OrdinalIgnoreCase):
                return false;
            case var other:
                if (!quiet)
                {
                    Problem(key, other, "is not 1 or 0");
                }

                return null;
        }
    }

    /// <summary>One of a fixed set of lower-case names (matched ignoring case, as people type them).</summary>
    public T? Choice<T>(string key, IReadOnlyList<(string Name, T Value)> choices)
        where T : struct
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        foreach (var (name, value) in choices)
        {
            if (name.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        Problem(key, text, "is not one of " + string.Join(", ", choices.Select(c => c.Name)));
        return null;
    }

    /// <summary>A comma-separated list of names; an empty value is an empty list, empty items are skipped (one problem per value).</summary>
    public ValueList<string>? Names(string key)
    {
        if (Raw(key) is not { } value)
        {
            return null;
        }

        var raws = LinkListCodec.SplitRaw(value);
        if (raws.Any(r => r.Length == 0))
        {
            Problem(key, value, "contains an empty name");
        }

        return ValueList.From(raws.Where(r => r.Length > 0).Select(LinkListCodec.Unescape));
    }

    /// <summary>Records that a value was ignored; <paramref name="item"/> names the list entry when only part of a value is bad.</summary>
    public void Problem(string key, string value, string reason, string? item = null)
    {
        var what = item is null ? $"'{key}' value '{Shown(value)}'" : $"'{key}' entry '{Shown(item)}'";
        _problems.Add($"Ignored the link's {what}: it {reason}.");
    }

    private static string RangeText(double min, double max, bool maxExclusive)
    {
        var low = min.ToString("R", CultureInfo.InvariantCulture);
        var high = max.ToString("R", CultureInfo.InvariantCulture);
        return (double.IsNegativeInfinity(min), double.IsPositiveInfinity(max)) switch
        {
            (false, true) => $"must be at least {low}",
            (true, false) => maxExclusive ? $"must be below {high}" : $"must be at most {high}",
            _ => maxExclusive ? $"must be at least {low} and below {high}" : $"must be between {low} and {high}",
        };
    }

    private static string Shown(string raw)
    {
        var value = MessageText.OneLine(raw);
        if (value.Length <= MaxShownLength)
        {
            return value;
        }

        // Do not cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(value[MaxShownLength - 1]) ? MaxShownLength - 1 : MaxShownLength;
        return string.Concat(value.AsSpan(0, cut), "…");
    }
}
