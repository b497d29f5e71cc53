namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// How an optimiser's search went (issue 12 item 4), for every fit made by a multi-start optimiser; closed-form and
/// linear fits have none. It says whether the answer is the one the starts agree on and whether the data pin each
/// parameter, in words a researcher can act on.
/// </summary>
/// <param name="Starts">Local runs the search made.</param>
/// <param name="StartsAtBest">Runs whose final objective is within a relative <see cref="SameObjective"/> of the best run's.</param>
/// <param name="Spread">Per fitted parameter, the smallest and largest value among runs within <see cref="NearObjective"/> of the best.</param>
/// <param name="AtBound">Parameters the optimiser left on a bound (their standard errors are then not meaningful).</param>
/// <param name="Warnings">One line each: pairs of parameters that trade off, a break outside the data, and the like.</param>
public sealed record FitDiagnostics(
    int Starts,
    int StartsAtBest,
    IReadOnlyList<ParameterSpread> Spread,
    IReadOnlyList<string> AtBound,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Two objectives this close (relative) are the same optimum reached twice.</summary>
    public const double SameObjective = 1e-6;

    /// <summary>Runs within this relative distance of the best objective count for the spread: nearly as good fits.</summary>
    public const double NearObjective = 0.01;

    /// <summary>Above this absolute correlation two parameters are reported as trading off.</summary>
    public const double TradeOffCorrelation = 0.99;
}
