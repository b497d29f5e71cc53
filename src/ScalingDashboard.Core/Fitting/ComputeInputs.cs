using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// Parameters N and tokens D from a compute column and one of the two, through C = 6ND: for a table that lists
/// training FLOPs and model size but not tokens (or tokens but not size), as many loss ladders do.
/// </summary>
public static class ComputeInputs
{
    /// <summary>True when x is training compute and the second input is N or D, so the other can be derived.</summary>
    public static bool CanDerive(ColumnRole xRole, ColumnRole? secondRole) =>
        xRole == ColumnRole.TrainingFlops && secondRole is ColumnRole.Parameters or ColumnRole.ActiveParameters or ColumnRole.TrainingTokens;

    /// <summary>
    /// N and D per row: the known one as given, the other C / (6 known). A row whose C or known value is not positive
    /// and finite gets NaN in both, so a form leaves it out as missing.
    /// </summary>
    /// <param name="compute">Training FLOPs C per row.</param>
    /// <param name="known">N per row when <paramref name="knownIsParameters"/>, else D.</param>
    /// <param name="knownIsParameters">Whether <paramref name="known"/> holds parameters (true) or tokens (false).</param>
    public static (double[] Parameters, double[] Tokens) Derive(IReadOnlyList<double> compute, IReadOnlyList<double> known, bool knownIsParameters)
    {
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(known);
        if (compute.Count != known.Count)
        {
            throw new ArgumentException($"{compute.Count} compute values for {known.Count} known values.", nameof(known));
        }

        var parameters = new double[compute.Count];
        var tokens = new double[compute.Count];
        for (var i = 0; i < compute.Count; i++)
        {
            var c = compute[i];
            var k = known[i];
            var valid = c > 0 && k > 0 && double.IsFinite(c) && double.IsFinite(k);
            var other = valid ? c / (ComputeOptimal.FlopsPerParameterToken * k) : double.NaN;
            var kept = valid ? k : double.NaN;
            parameters[i] = knownIsParameters ? kept : other;
            tokens[i] = knownIsParameters ? other : kept;
        }

        return (parameters, tokens);
    }
}
