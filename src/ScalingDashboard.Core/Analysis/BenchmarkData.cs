using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// The points of one benchmark after filters: rows with a finite, positive x and a finite score (every fit form and
/// log axis takes log x), with the model name, the group and the table row of each, and the chance level used.
/// </summary>
/// <param name="Groups">Group label per point ("" when the analysis is not grouped, "(none)" for a row without one).</param>
/// <param name="Dropped">Rows the filters kept but this benchmark cannot use; <see cref="LeftOut"/> says why.</param>
public sealed record BenchmarkData(
    string Benchmark,
    double QRandom,
    IReadOnlyList<double> X,
    IReadOnlyList<double> Y,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Groups,
    int Dropped)
{
    /// <summary>The second input per point (NaN where the row lacks it); null when the analysis has no second x column.</summary>
    public IReadOnlyList<double>? X2 { get; init; }

    /// <summary>The table row of each point, for conditions on other columns.</summary>
    public IReadOnlyList<int> Rows { get; init; } = [];

    /// <summary>The bootstrap's resampling unit per point: its group, or the point itself when it has none.</summary>
    public IReadOnlyList<string> ResampleGroups { get; init; } = [];

    /// <summary>One line per reason rows were left out, with the count ("3 rows have no arc_easy score").</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];

    /// <summary>The role of the x column (training FLOPs, parameters, ...), so a form can tell compute from size.</summary>
    public ColumnRole XRole { get; init; } = ColumnRole.Numeric;

    /// <summary>The role of the second x column; null when there is none.</summary>
    public ColumnRole? X2Role { get; init; }

    /// <summary>Where the chance level comes from.</summary>
    public ChanceLevel? ChanceLevel { get; init; }
}
