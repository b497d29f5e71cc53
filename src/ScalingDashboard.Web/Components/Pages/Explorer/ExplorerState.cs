using System.Collections.Immutable;

namespace ScalingDashboard.Web.Components.Pages.Explorer;

/// <summary>
/// Everything the Explorer shows, as one immutable value: the URL holds exactly this, so a link restores the view.
/// An edit makes a new state (<c>with</c>), so components see a new reference and refit.
/// Column names are headers of the dataset; null means "the page's default" (first score column, FLOPs column, ...).
/// </summary>
public sealed record ExplorerState
{
    public const double DefaultMargin = 0.05;

    public const int DefaultSeed = 20251209;

    public string? DatasetId { get; init; }

    /// <summary>Benchmark (score) columns; the first is the one the residual, size and sweep plots use.</summary>
    public ImmutableArray<string> Benchmarks { get; init; } = [];

    /// <summary>The x column of the scaling fit (training FLOPs, parameters, tokens, ...).</summary>
    public string? X { get; init; }

    /// <summary>The second input of two-input forms (tokens for params-tokens, k for pass@k); null when unused.</summary>
    public string? X2 { get; init; }

    /// <summary>Fit form ids, compared side by side.</summary>
    public ImmutableArray<string> Forms { get; init; } = ["log-accuracy-power-law"];

    /// <summary>Chance level per benchmark; a benchmark missing here uses the known default for its name.</summary>
    public ImmutableDictionary<string, double> QRandom { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Points with Q below Qrandom + margin are left out of the power-law fits (the seed uses 0.05).</summary>
    public double Margin { get; init; } = DefaultMargin;

    /// <summary>Fit on x &lt;= threshold, validate on x &gt; threshold; null fits every point.</summary>
    public double? Threshold { get; init; }

    /// <summary>Optional lower end of the fitting range (the seed fits 3e18 &lt;= C).</summary>
    public double? TrainMin { get; init; }

    /// <summary>
    /// Validate on the rows where this condition holds (e.g. "flops &gt; 6e21 or tpr = 160", see
    /// <see cref="Core.Validation.RowCondition"/>) instead of above <see cref="Threshold"/>; null uses the threshold.
    /// </summary>
    public string? HoldoutWhere { get; init; }

    public YScale YScale { get; init; } = YScale.Accuracy;

    /// <summary>Header of a text column to colour points by (family, architecture, type), or null.</summary>
    public string? GroupBy { get; init; }

    public bool Bootstrap { get; init; }

    /// <summary>Also fit the mean of the selected benchmarks' normalised scores (the seed's Appendix K).</summary>
    public bool Average { get; init; }

    public int Seed { get; init; } = DefaultSeed;

    public WeightsFilter Weights { get; init; } = WeightsFilter.All;

    /// <summary>Keep only these values of the group column; empty keeps all.</summary>
    public ImmutableArray<string> Families { get; init; } = [];

    /// <summary>Parameter-count range to keep (raw counts), either end open.</summary>
    public double? SizeMin { get; init; }

    public double? SizeMax { get; init; }

    /// <summary>The size scatter uses active instead of total parameters (mixture-of-experts).</summary>
    public bool ActiveParameters { get; init; }

    /// <summary>Value equality over the arrays and dictionary too, so an unchanged view is recognised as such.</summary>
    public bool Equals(ExplorerState? other) =>
        other is not null
        && DatasetId == other.DatasetId
        && Benchmarks.SequenceEqual(other.Benchmarks)
        && X == other.X
        && X2 == other.X2
        && Forms.SequenceEqual(other.Forms)
        && QRandom.Count == other.QRandom.Count && QRandom.All(p => other.QRandom.TryGetValue(p.Key, out var v) && v.Equals(p.Value))
        && Margin.Equals(other.Margin)
        && Threshold.Equals(other.Threshold)
        && TrainMin.Equals(other.TrainMin)
        && HoldoutWhere == other.HoldoutWhere
        && YScale == other.YScale
        && GroupBy == other.GroupBy
        && Bootstrap == other.Bootstrap
        && Average == other.Average
        && Seed == other.Seed
        && Weights == other.Weights
        && Families.SequenceEqual(other.Families)
        && SizeMin.Equals(other.SizeMin)
        && SizeMax.Equals(other.SizeMax)
        && ActiveParameters == other.ActiveParameters;

    public override int GetHashCode() => HashCode.Combine(DatasetId, X, Margin, Threshold, YScale, GroupBy, Bootstrap, Seed);
}
