namespace ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

/// <summary>
/// The points of one benchmark after filters: rows with a positive, finite x and a finite score, with the model name
/// and group of each, and the chance level used.
/// </summary>
public sealed record BenchmarkData(
    string Benchmark,
    double QRandom,
    IReadOnlyList<double> X,
    IReadOnlyList<double> Y,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Groups,
    int Dropped)
{
    /// <summary>The second input per point (NaN where the row lacks it); null when the view has no second x column.</summary>
    public IReadOnlyList<double>? X2 { get; init; }

    /// <summary>The table row of each point (points skip rows without both values), for conditions on other columns.</summary>
    public IReadOnlyList<int> Rows { get; init; } = [];
}
