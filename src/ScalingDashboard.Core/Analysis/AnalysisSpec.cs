using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// One analysis, described the same way by every face: an Explorer link, the Explorer's exports and the CLI all
/// build this record (through <see cref="AnalysisCodec"/> or their own input) and run it through
/// <see cref="AnalysisRunner"/>, so a link and a script give the same numbers. Immutable and value-equal; every
/// member is checked where it is set, so an invalid analysis cannot exist. Column names are headers of the dataset;
/// null means "the default" (the first score column, the FLOPs column, ...).
/// </summary>
public sealed record AnalysisSpec
{
    public const double DefaultMargin = FitRequest.DefaultMargin;

    /// <summary>The seed's margin rule needs a margin well below the score range; half the scale is a generous cap.</summary>
    public static SpecRange<double> MarginRange { get; } = new(0, 0.5);

    public const string DefaultForm = "log-accuracy-power-law";

    public string? DatasetId { get; init; }

    /// <summary>Score columns; the first is the one the sweep uses. A repeated name is kept once (first place), so
    /// every analysis has one spelling and a link round-trips.</summary>
    public ValueList<string> Benchmarks { get; init => field = Distinct(value); } = [];

    /// <summary>Also fit the mean of the benchmarks' normalised scores (seed 003 Appendix K), as one more benchmark.</summary>
    public bool Average { get; init; }

    /// <summary>The x column of the scaling fit (training FLOPs, parameters, tokens, ...).</summary>
    public string? X { get; init; }

    /// <summary>The second input of two-input forms (tokens for params-tokens, k for pass@k, a loss for two-stage forms).</summary>
    public string? X2 { get; init; }

    /// <summary>Fit form ids (<see cref="FitFormRegistry"/>), compared side by side; a repeated id is kept once.</summary>
    public ValueList<string> Forms { get; init => field = Distinct(value); } = [DefaultForm];

    /// <summary>Chance levels set for this analysis, one per benchmark at most; the others use <see cref="Analysis.ChanceLevels.Default"/>.</summary>
    public ValueList<ChanceLevelSetting> ChanceLevels { get; init; } = [];

    /// <summary>Points with Q below Qrandom + margin are left out of accuracy-type fits (the seed uses 0.05).</summary>
    public double Margin { get; init => field = MarginRange.Check(value, nameof(Margin)); } = DefaultMargin;

    public HoldoutRule Holdout { get; init; } = HoldoutRule.None;

    public RowFilters Filters { get; init; } = RowFilters.None;

    /// <summary>A column whose values group runs: colours, the family filter, and whole groups resampled by the bootstrap.</summary>
    public string? GroupBy { get; init; }

    public BootstrapSettings Bootstrap { get; init; } = BootstrapSettings.Off;

    /// <summary>Scores to read x off each invertible fit for (seed 000: a closed model's size from its score).</summary>
    public ValueList<double> Invert { get; init; } = [];

    /// <summary>The benchmark the size view (score against parameters) shows; null, or one not selected: the first.</summary>
    public string? SizeBenchmark { get; init; }

    /// <summary>The size view uses active instead of total parameters (mixture-of-experts).</summary>
    public bool ActiveParameters { get; init; }

    /// <summary>The setting for <paramref name="benchmark"/>, or null when the default applies.</summary>
    public ChanceLevelSetting? ChanceLevelFor(string benchmark) =>
        ChanceLevels.FirstOrDefault(c => string.Equals(c.Benchmark, benchmark, StringComparison.Ordinal));

    /// <summary>This analysis with <paramref name="benchmark"/>'s chance level set (null value: estimate it) or, with
    /// <paramref name="reset"/>, back to its default.</summary>
    public AnalysisSpec WithChanceLevel(string benchmark, double? value, bool reset = false)
    {
        var others = ChanceLevels.Where(c => !string.Equals(c.Benchmark, benchmark, StringComparison.Ordinal));
        var all = reset ? others : others.Append(new ChanceLevelSetting(benchmark, value));
        return this with { ChanceLevels = ValueList.From(all.OrderBy(c => c.Benchmark, StringComparer.Ordinal)) };
    }

    private static ValueList<string> Distinct(ValueList<string> names) =>
        names.Distinct(StringComparer.Ordinal).Count() == names.Count ? names : ValueList.From(names.Distinct(StringComparer.Ordinal));
}
