namespace ScalingDashboard.Core.Validation;

/// <summary>Settings of a <see cref="Bootstrap"/> run.</summary>
/// <param name="Resamples">Number of resamples (1000 is the usual for 95% percentile intervals).</param>
/// <param name="Seed">Seed of the resampling: the same seed gives the same result, bit for bit.</param>
/// <param name="At">x values at which to give bands (a plotting grid, and any extrapolated points).</param>
/// <param name="At2">Second input at each <paramref name="At"/> value, for two-input forms (null otherwise).</param>
/// <param name="Confidence">Central coverage of the percentile intervals, e.g. 0.95.</param>
/// <param name="InvertAt">Scores to invert (invertible one-input forms only): each refit's x for each score.</param>
/// <param name="Groups">Optional family label per request point: whole families are resampled together, because
/// models of one family share data and recipe and are not independent draws (null: every point is its own family).</param>
/// <param name="PerturbedStarts">For a form that refits from a warm start (<see cref="Fitting.IWarmStartFitForm"/>):
/// starts tried beside the full-data optimum in each resample.</param>
/// <param name="Parallelism">Most resamples refitted at once (null: one per core). The result does not depend on it.</param>
public sealed record BootstrapOptions(
    int Resamples,
    int Seed,
    IReadOnlyList<double> At,
    IReadOnlyList<double>? At2 = null,
    double Confidence = 0.95,
    IReadOnlyList<string>? Groups = null,
    IReadOnlyList<double>? InvertAt = null,
    int PerturbedStarts = BootstrapOptions.DefaultPerturbedStarts,
    int? Parallelism = null)
{
    /// <summary>Enough that a resample whose optimum moved to another basin is still found (the warm-start test checks it).</summary>
    public const int DefaultPerturbedStarts = 4;
}
