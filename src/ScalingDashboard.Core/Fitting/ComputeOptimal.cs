namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// Hoffmann et al.'s (2022) compute-optimal allocation (their Eq 4 with approach 3's law): minimising
/// L = E + A/N^alpha + B/D^beta subject to C = 6ND gives N_opt = G (C/6)^(beta/(alpha+beta)),
/// D_opt = G^-1 (C/6)^(alpha/(alpha+beta)), G = (alpha A / (beta B))^(1/(alpha+beta)).
/// </summary>
public static class ComputeOptimal
{
    /// <summary>FLOPs per parameter per token in C = 6ND (forward and backward pass).</summary>
    public const double FlopsPerParameterToken = 6;

    /// <summary>The optimal N, D, their ratio and the loss there for budget <paramref name="compute"/> (FLOPs).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the budget is not positive and finite, or the law's
    /// exponents or coefficients are not positive (then the loss has no interior minimum along C = 6ND).</exception>
    public static ComputeAllocation At(LossLaw law, double compute)
    {
        ArgumentNullException.ThrowIfNull(law);
        if (!(compute > 0 && double.IsFinite(compute)))
        {
            throw new ArgumentOutOfRangeException(nameof(compute), compute, "A compute budget must be a positive finite number of FLOPs.");
        }

        if (!law.HasAllocation)
        {
            throw new ArgumentOutOfRangeException(nameof(law), law,
                "The allocation needs A, B, alpha and beta > 0: otherwise loss along C = 6ND has no interior minimum.");
        }

        var sum = law.Alpha + law.Beta;
        var g = Math.Pow(law.Alpha * law.A / (law.Beta * law.B), 1 / sum);
        // In logs: C/6 reaches 1e26 and its powers stay representable, but the product is computed once, not twice.
        var logHalf = Math.Log(compute / FlopsPerParameterToken);
        var n = g * Math.Exp(law.Beta / sum * logHalf);
        var d = Math.Exp(law.Alpha / sum * logHalf) / g;
        return new ComputeAllocation(compute, n, d, d / n, law.Loss(n, d));
    }
}
