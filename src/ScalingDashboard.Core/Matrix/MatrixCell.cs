namespace ScalingDashboard.Core.Matrix;

/// <summary>One cell of a <see cref="ScoreMatrix"/>: a model (row index) on a task (column index).</summary>
public readonly record struct MatrixCell(int Model, int Task);
