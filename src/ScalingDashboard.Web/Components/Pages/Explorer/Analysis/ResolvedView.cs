using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

/// <summary>
/// The state with every default filled in against a concrete table (which benchmarks, which x column, which forms),
/// and the plain-words problems met on the way (a column the table lacks, ...).
/// </summary>
public sealed record ResolvedView(
    IReadOnlyList<string> Benchmarks,
    string? X,
    IReadOnlyList<IFitForm> Forms,
    IReadOnlyDictionary<string, double> QRandom,
    IReadOnlyList<string> Problems)
{
    /// <summary>The parsed "validate where" condition; null when the view holds out by threshold (or it did not parse).</summary>
    public RowCondition? Holdout { get; init; }
}
