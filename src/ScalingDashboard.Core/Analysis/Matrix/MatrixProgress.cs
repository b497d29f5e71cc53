namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>Where a run is: the stage in words ("split 2 of 5", "completing the matrix") and the epoch within it.</summary>
public sealed record MatrixProgress(string Stage, int Epoch, int Epochs);
