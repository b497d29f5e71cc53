namespace ScalingDashboard.Core.Examples;

/// <summary>
/// One generated row of the synthetic ladder: a real run configuration from the paper and one synthetic accuracy
/// per benchmark, in <see cref="Table12Coefficients.All"/> order, on the raw (un-normalised) 0..1 scale.
/// </summary>
public sealed record SyntheticLadderRow(ComputeLadderRun Run, IReadOnlyList<double> Accuracies);
