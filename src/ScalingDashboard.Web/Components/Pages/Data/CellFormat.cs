using System.Globalization;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Components.Pages.Data;

/// <summary>How numbers are written in tables: counts with a B/T/M suffix, scores with three decimals.</summary>
public static class CellFormat
{
    public static string Number(double? value, ColumnRole role)
    {
        if (value is not double v)
        {
            return "";
        }

        return role switch
        {
            ColumnRole.Parameters or ColumnRole.ActiveParameters or ColumnRole.TrainingTokens => Count(v),
            ColumnRole.TrainingFlops => v.ToString("0.00e+0", CultureInfo.InvariantCulture),
            ColumnRole.Score => v.ToString("0.000", CultureInfo.InvariantCulture),
            _ => v.ToString("G6", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>7e9 -> "7B", 1.2e12 -> "1.2T", 3.5e8 -> "350M".</summary>
    public static string Count(double value)
    {
        var abs = Math.Abs(value);
        var (scale, suffix) = abs switch
        {
            >= 1e12 => (1e12, "T"),
            >= 1e9 => (1e9, "B"),
            >= 1e6 => (1e6, "M"),
            >= 1e3 => (1e3, "k"),
            _ => (1d, ""),
        };
        return (value / scale).ToString("0.##", CultureInfo.InvariantCulture) + suffix;
    }
}
