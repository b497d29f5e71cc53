namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>A held-out cell: its true score, the method's prediction and the per-task-mean baseline's, on [0, 1].</summary>
public sealed record CellPrediction(int Model, int Task, string ModelName, string TaskName, double Actual, double Predicted, double Baseline);
