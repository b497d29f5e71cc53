namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>The completion method (seed 001, Table 1's rows); link and CLI names in <see cref="MatrixCodec"/>.</summary>
public enum MatrixMethod
{
    /// <summary>Matrix factorisation with biases (Eq 1-2): <c>mf</c>.</summary>
    Mf,

    /// <summary>Neural collaborative filtering on model and task embeddings (Eq 5): <c>ncf</c>.</summary>
    Ncf,

    /// <summary>NCF with design-factor embeddings added ("factor-enhanced"): <c>ncf-factors</c>.</summary>
    NcfFactors,

    /// <summary>NCF on the design factors only (Eq 6): <c>factors</c>.</summary>
    FactorsOnly,
}
