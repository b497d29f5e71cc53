namespace ScalingDashboard.Core.Matrix;

/// <summary>What the neural collaborative filter sees of a cell (seed 001, Eq 5 and 6).</summary>
public enum NcfInputs
{
    /// <summary>Learned model and task embeddings only (Eq 5 without factors).</summary>
    Ids,

    /// <summary>Embeddings plus the design factors ("factor-enhanced", Eq 5 with [ev_i, ev_j]).</summary>
    IdsAndFactors,

    /// <summary>Design factors only (Eq 6). A side without factors keeps its learned embedding, since otherwise
    /// the network could not tell its models (or tasks) apart.</summary>
    FactorsOnly,
}
