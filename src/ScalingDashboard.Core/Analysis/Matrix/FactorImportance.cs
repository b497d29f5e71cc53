using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>A design factor's Shapley value: how much it lowers the held-out MSE (negative: it raises it).</summary>
public sealed record FactorImportance(string Name, FactorKind Kind, bool IsTaskFactor, double Value);
