using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// An analysis with every default filled in against a concrete table (which benchmarks, x column, forms, chance
/// levels), and the plain-words notes met on the way (a column the table lacks, rows left out, ...).
/// </summary>
public sealed record ResolvedAnalysis(
    IReadOnlyList<string> Benchmarks,
    string? X,
    IReadOnlyList<IFitForm> Forms,
    IReadOnlyDictionary<string, ChanceLevel> ChanceLevels,
    IReadOnlyList<string> Problems)
{
    /// <summary>The parsed "validate where" condition; null when the analysis holds out by threshold (or it did not parse).</summary>
    public RowCondition? Holdout { get; init; }

    /// <summary>Chance level per benchmark, values only.</summary>
    public IReadOnlyDictionary<string, double> QRandom => ChanceLevels.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal);
}
