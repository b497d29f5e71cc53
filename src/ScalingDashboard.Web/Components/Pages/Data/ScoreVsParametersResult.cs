using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Data;

/// <summary>The chart to draw (or why there is none) and how many rows it shows and leaves out.</summary>
public sealed record ScoreVsParametersResult(PlotModel? Model, int Plotted, int Omitted, string? Problem)
{
    public static ScoreVsParametersResult Failed(string problem) => new(null, 0, 0, problem);
}
