namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>How a table holds its scores: one row per model with a column per task, or one row per (model, task, score).</summary>
public enum MatrixForm
{
    Wide,

    /// <summary>One row per (model, task, score). Named for the layout, as data-frame tools call it.</summary>
#pragma warning disable CA1720 // "Long" is the layout's usual name, not the integer type
    Long,
#pragma warning restore CA1720
}
