namespace ScalingDashboard.Core.Matrix;

/// <summary>How a design factor enters a model (the seed's Table 3): a scaled number, or a category with an embedding.</summary>
public enum FactorKind
{
    Numerical,
    Categorical,
}
