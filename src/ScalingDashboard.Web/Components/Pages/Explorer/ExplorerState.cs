using ScalingDashboard.Core.Analysis;

namespace ScalingDashboard.Web.Components.Pages.Explorer;

/// <summary>
/// Everything the Explorer shows, as one immutable value: the analysis (the record every face shares) and how it is
/// drawn. The URL holds exactly this, so a link restores the view. An edit makes a new state (<c>with</c>), so
/// components see a new reference and refit; equality is by value throughout.
/// </summary>
public sealed record ExplorerState
{
    public AnalysisSpec Analysis { get; init; } = new();

    public YScale YScale { get; init; } = YScale.Accuracy;
}
