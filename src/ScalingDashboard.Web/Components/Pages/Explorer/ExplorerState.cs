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

    /// <summary>The allocation calculator's compute budget C in FLOPs; null when none is asked.</summary>
    public double? Budget { get; init; }

    /// <summary>The calculator's model size N, read with <see cref="CalculatorTokens"/>; null when not given.</summary>
    public double? CalculatorParameters { get; init; }

    /// <summary>The calculator's training tokens D; null when not given.</summary>
    public double? CalculatorTokens { get; init; }
}
