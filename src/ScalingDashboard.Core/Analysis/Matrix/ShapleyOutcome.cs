namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// Shapley values of the design factors (seed C.3), largest first, on the held-out cells of the first split; they
/// sum to <see cref="EmptyLoss"/> - <see cref="FullLoss"/> (MSE with every factor masked minus MSE with all present).
/// <see cref="Problem"/> says why there are none (e.g. more than 12 factors).
/// </summary>
public sealed record ShapleyOutcome(IReadOnlyList<FactorImportance> Factors, double EmptyLoss, double FullLoss, string? Problem);
