namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// Exact Shapley values (seed 001, C.3, Eq 10) of a set of factors for a loss that can be evaluated with any subset
/// of them present: value of factor i = the weighted mean over subsets S without i of loss(S) - loss(S + i), i.e. how
/// much the factor reduces the loss. By construction the values sum to loss(no factor) - loss(all factors).
/// Enumerates all 2^n subsets, so it refuses more than <see cref="MaxFactors"/> factors instead of approximating.
/// </summary>
public static class ShapleyImportance
{
    public const int MaxFactors = 12;

    /// <summary>The values, or null with a reason when there are too many (or no) factors.</summary>
    public static (IReadOnlyList<double>? Values, double EmptyLoss, double FullLoss, string? Problem) Compute(int factors,
        Func<bool[], double> loss, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loss);
        if (factors is < 1 or > MaxFactors)
        {
            return (null, double.NaN, double.NaN, factors < 1
                ? "Shapley values need at least one design factor."
                : $"Exact Shapley values enumerate every subset of the factors; {factors} factors are more than the {MaxFactors} this allows (2^{MaxFactors} model evaluations). Choose at most {MaxFactors} factors.");
        }

        var losses = new double[1 << factors];
        var present = new bool[factors];
        for (var mask = 0; mask < losses.Length; mask++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var f = 0; f < factors; f++)
            {
                present[f] = (mask & (1 << f)) != 0;
            }

            losses[mask] = loss(present);
        }

        // weight(|S|) = |S|! (n - |S| - 1)! / n!
        var weights = new double[factors];
        for (var s = 0; s < factors; s++)
        {
            weights[s] = 1.0 / (factors * Binomial(factors - 1, s));
        }

        var values = new double[factors];
        for (var mask = 0; mask < losses.Length; mask++)
        {
            var size = System.Numerics.BitOperations.PopCount((uint)mask);
            for (var f = 0; f < factors; f++)
            {
                if ((mask & (1 << f)) == 0)
                {
                    values[f] += weights[size] * (losses[mask] - losses[mask | (1 << f)]);
                }
            }
        }

        return (values, losses[0], losses[^1], null);
    }

    private static double Binomial(int n, int k)
    {
        var result = 1.0;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }
}
