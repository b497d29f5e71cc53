namespace ScalingDashboard.Core.Validation;

/// <summary>One point of a holdout evaluation.</summary>
/// <param name="Index">Row in the request.</param>
/// <param name="X">Input x.</param>
/// <param name="Y">Observed y.</param>
/// <param name="Predicted">The train-set fit's value at x (NaN when the fit failed).</param>
/// <param name="Set">The point's role.</param>
/// <param name="Label">Row label, if any.</param>
public sealed record HoldoutPoint(int Index, double X, double Y, double Predicted, PointSet Set, string? Label = null);
