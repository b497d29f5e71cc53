namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// The seed's "model perspective" (Section 5.2): hide all of one model's known scores (CPP-0) or all but two (CPP-2)
/// and predict them from the rest; T0 and T2 do the same for a task.
/// </summary>
public enum MatrixPerspective
{
    None,
    Cpp0,
    Cpp2,
    T0,
    T2,
}
