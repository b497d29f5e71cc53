namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// The irreducible term E of the two ceiling forms (seed 003 Eq 10, and Eq 4 with + E): -ln Q' levels off at E, so
/// Qmax = e^-E. Both fit ln E between the same bounds and say the same when it ends on one.
/// </summary>
internal static class CeilingTerm
{
    // ln E below -20 means Qmax > 1 - 2e-9: indistinguishable from a perfect ceiling, so it is the lower bound.
    public const double MinLogE = -20;
    public const double MaxLogE = 3;

    public static FitParameter Parameter { get; } = new("E", Math.Exp(MinLogE), Math.Exp(MaxLogE), "Irreducible -ln Q'; Qmax = e^-E");

    /// <summary>A fitted ln E within 1e-6 of either bound.</summary>
    public static bool IsAtBound(double logE) => IsAtLowerBound(logE) || logE >= MaxLogE - 1e-6;

    /// <summary>A fitted ln E within 1e-6 of its lower bound: the data support no ceiling below 1.</summary>
    public static bool IsAtLowerBound(double logE) => logE <= MinLogE + 1e-6;
}
