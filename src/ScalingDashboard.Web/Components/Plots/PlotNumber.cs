using System.Globalization;

namespace ScalingDashboard.Web.Components.Plots;

/// <summary>How a number travels to Plotly, and how it is written in a hover.</summary>
public static class PlotNumber
{
    // Plotly.Blazor sends a figure by writing it to JSON and reading it back with a converter that reads every
    // number as a decimal (Extensions.PrepareJsInterop + ObjectTypeResolverConverter): beyond ±7.9e28 that throws a
    // FormatException that ends the circuit, and below about 1e-12 digits are lost (below 1e-28 the value becomes 0).
    private const double LargestExact = 1e28;
    private const double SmallestExact = 1e-12;

    /// <summary>
    /// A coordinate for Plotly: the number itself where Plotly.Blazor carries it exactly, otherwise its round-trip
    /// text in exponent notation ("1E+100"), which Plotly reads as a number on linear and log axes (strings pass
    /// through Plotly.Blazor untouched). Null where it cannot be drawn: not finite, or not positive on a log axis.
    /// </summary>
    public static object? Wire(double value, bool logAxis = false)
    {
        if (!Drawable(value, logAxis))
        {
            return null;
        }

        var magnitude = Math.Abs(value);
        return value == 0 || magnitude is >= SmallestExact and < LargestExact ? value : value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>True when a point with this coordinate can be placed on the axis.</summary>
    public static bool Drawable(double value, bool logAxis) => double.IsFinite(value) && (!logAxis || value > 0);

    /// <summary>A value with its unit, for hovers: "6.2e21 FLOPs", "42.9B parameters", "0.634", "63.4%".</summary>
    public static string Text(double value, PlotUnit unit) => !double.IsFinite(value) ? "–" : unit switch
    {
        PlotUnit.Flops => Scientific(value) + " FLOPs",
        PlotUnit.Parameters => Count(value) + " parameters",
        PlotUnit.Tokens => Count(value) + " tokens",
        PlotUnit.Percent => Plain(value * 100) + "%",
        _ => Plain(value),
    };

    /// <summary>Three significant digits, in exponent notation outside 0.001..100000: 0.634, 42.9, 1234, 6.2e21.</summary>
    public static string Plain(double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e5 or < 1e-3 && value != 0)
        {
            return Scientific(value);
        }

        var decimals = value == 0 ? 0 : Math.Max(0, 2 - (int)Math.Floor(Math.Log10(magnitude)));
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.#####", CultureInfo.InvariantCulture);
    }

    /// <summary>"6.2e21", "1.85e-7": at most three significant digits, no '+' in the exponent.</summary>
    public static string Scientific(double value) => value.ToString("0.##e0", CultureInfo.InvariantCulture);

    /// <summary>Counts with a suffix and three significant digits: 7B, 42.9B, 1.2T, 350M; exponent notation beyond 1000T.</summary>
    public static string Count(double value)
    {
        var magnitude = Math.Abs(value);
        var (scale, suffix) = magnitude switch
        {
            >= 1e15 => (0d, ""),
            >= 1e12 => (1e12, "T"),
            >= 1e9 => (1e9, "B"),
            >= 1e6 => (1e6, "M"),
            >= 1e3 => (1e3, "k"),
            _ => (1d, ""),
        };
        return scale == 0 ? Scientific(value) : Plain(value / scale) + suffix;
    }
}
