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
}
