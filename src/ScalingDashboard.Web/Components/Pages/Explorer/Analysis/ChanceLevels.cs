using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

/// <summary>
/// Default Qrandom for a score column from its header: "arc_easy|acc_norm" names benchmark and metric; a bare
/// "arc_easy" is read as acc_norm, the metric the seed reports for multiple-choice tasks (its Table 16), which falls
/// back to 1/choices for tasks it did not measure and to 0 for generative tasks.
/// </summary>
public static class ChanceLevels
{
    public static double Default(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var bar = header.IndexOf('|', StringComparison.Ordinal);
        var benchmark = (bar < 0 ? header : header[..bar]).Trim().ToLowerInvariant();
        var metric = bar < 0 ? "acc_norm" : header[(bar + 1)..].Trim();
        return QRandomDefaults.For(benchmark, metric);
    }
}
