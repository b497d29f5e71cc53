using System.Globalization;

namespace ScalingDashboard.Web.Components.Pages.Explorer;

/// <summary>Number formats of the Explorer's tables and labels.</summary>
public static class Format
{
    public static string Value(double value) => !double.IsFinite(value)
        ? "–"
        : Math.Abs(value) is >= 1e5 or < 1e-3 and > 0 ? value.ToString("0.###e+0", CultureInfo.InvariantCulture) : value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Metric(double value) => double.IsFinite(value) ? value.ToString("0.0000", CultureInfo.InvariantCulture) : "–";

    public static string Percent(double value) => double.IsFinite(value) ? value.ToString("0.00%", CultureInfo.InvariantCulture) : "–";

    /// <summary>Compact scientific form for thresholds and compute: 6e21, 3.2e18.</summary>
    public static string Scientific(double value) => value.ToString("0.##e+0", CultureInfo.InvariantCulture);

    public static bool TryParseNumber(string? text, out double value)
    {
        value = double.NaN;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        var scale = 1.0;
        switch (char.ToUpperInvariant(t[^1]))
        {
            case 'K': scale = 1e3; t = t[..^1]; break;
            case 'M': scale = 1e6; t = t[..^1]; break;
            case 'B': scale = 1e9; t = t[..^1]; break;
            case 'T': scale = 1e12; t = t[..^1]; break;
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
        {
            return false;
        }

        value = parsed * scale;
        return true;
    }
}
