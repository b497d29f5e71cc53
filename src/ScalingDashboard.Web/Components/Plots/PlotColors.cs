using System.Globalization;

namespace ScalingDashboard.Web.Components.Plots;

/// <summary>Colour helpers of the mapper: translucent fills, and dark colours lifted so they read on the dark theme.</summary>
public static class PlotColors
{
    /// <summary>"#rrggbb" as "rgba(r,g,b,alpha)", so a band shows the points and curve beneath it.</summary>
    public static string Translucent(string? hex, double alpha)
    {
        var (r, g, b) = Parse(hex) ?? (128, 128, 128);
        return string.Create(CultureInfo.InvariantCulture, $"rgba({r},{g},{b},{alpha})");
    }

    /// <summary>
    /// The colour as drawn on this theme. On the dark theme a dark colour (the threshold line's grey, the size plot's
    /// slate line) would vanish into the background, so it is mixed towards white until its luminance is readable;
    /// colours that already read are kept, so a form keeps its colour in both themes.
    /// </summary>
    public static string? Legible(string? hex, bool dark)
    {
        if (!dark || Parse(hex) is not var (r, g, b))
        {
            return hex;
        }

        // Below 0.3 a colour sinks into the dark background; lifted, it lands clearly above the forms' mid-tones.
        const double Dark = 0.3;
        const double Wanted = 0.6;
        var luminance = Luminance(r, g, b);
        if (luminance >= Dark)
        {
            return hex;
        }

        // Mixing with white by t moves each channel linearly; solve for the t that reaches the wanted luminance.
        var t = (Wanted - luminance) / (1 - luminance);
        return string.Create(CultureInfo.InvariantCulture,
            $"#{Mix(r, t):x2}{Mix(g, t):x2}{Mix(b, t):x2}");
    }

    /// <summary>Rec. 709 luma of 0..255 channels, on 0..1; a simple, monotone stand-in for perceived brightness.</summary>
    public static double Luminance(int r, int g, int b) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

    private static int Mix(int channel, double t) => (int)Math.Round(channel + (255 - channel) * t);

    private static (int R, int G, int B)? Parse(string? hex)
    {
        if (hex is not { Length: 7 } || hex[0] != '#'
            || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return null;
        }

        return ((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
