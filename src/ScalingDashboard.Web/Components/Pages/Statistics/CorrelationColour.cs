namespace ScalingDashboard.Web.Components.Pages.Statistics;

/// <summary>
/// The heatmap's diverging colour scale, shared by the page's table and the exported SVG so both read the same:
/// blue for −1, white for 0, red for +1, with white text where the fill is strong and dark text where it is light.
/// </summary>
public static class CorrelationColour
{
    public const string Missing = "#eeeeee";

    public static (string Fill, string Text) Of(double r)
    {
        if (!double.IsFinite(r))
        {
            return (Missing, "#555555");
        }

        var t = Math.Clamp(Math.Abs(r), 0, 1);
        var faded = (int)Math.Round(255 * (1 - t * 0.8));
        var (red, green, blue) = r >= 0 ? (255, faded, faded) : (faded, faded, 255);
        return ($"#{red:x2}{green:x2}{blue:x2}", t > 0.6 ? "#ffffff" : "#111111");
    }
}
