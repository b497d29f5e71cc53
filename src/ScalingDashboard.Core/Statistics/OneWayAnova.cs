namespace ScalingDashboard.Core.Statistics;

/// <summary>One-way analysis of variance of values by group, numerically stable enough for the NIST StRD ANOVA sets.</summary>
public static class OneWayAnova
{
    /// <summary>
    /// The ANOVA table of <paramref name="values"/> grouped by <paramref name="groups"/> (same length). Non-finite values
    /// are left out. Bad input is reported in <see cref="AnovaResult.Problem"/>, never thrown.
    /// </summary>
    public static AnovaResult Compute(IReadOnlyList<double> values, IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(groups);
        if (values.Count != groups.Count)
        {
            return Empty([], 0, values.Count,
                $"There are {values.Count} values but {groups.Count} group names; give one group name per value.");
        }

        return Compute(GroupedValues.Create(values, groups));
    }

    internal static AnovaResult Compute(GroupedValues grouped)
    {
        // Work on values shifted by one of them: for data like NIST's SmLs07-09 (13 constant leading digits) the
        // subtraction is exact and every later sum sees only the informative digits.
        var shift = grouped.Values.Count > 0 ? grouped.Values[0][0] : 0;
        var summaries = new List<GroupSummary>(grouped.Names.Count);
        var shiftedMeans = new double[grouped.Names.Count];
        var ssWithin = 0.0;
        var n = 0;
        for (var g = 0; g < grouped.Names.Count; g++)
        {
            var (mean, ss) = MeanAndSumOfSquares(grouped.Values[g], shift);
            var count = grouped.Values[g].Count;
            shiftedMeans[g] = mean;
            ssWithin += ss;
            n += count;
            var sd = count > 1 ? Math.Sqrt(ss / (count - 1)) : double.NaN;
            summaries.Add(new GroupSummary(grouped.Names[g], count, mean + shift, sd));
        }

        var k = summaries.Count;
        if (k < 2)
        {
            return Empty(summaries, n, grouped.LeftOut,
                $"Only {k} group has data; one-way ANOVA needs at least 2 groups with values.");
        }

        var dfBetween = k - 1;
        var dfWithin = n - k;
        if (dfWithin == 0)
        {
            return Empty(summaries, n, grouped.LeftOut,
                "Every group has a single value, so there is no within-group variation to compare with; add replicates.");
        }

        var grand = 0.0;
        for (var g = 0; g < k; g++)
        {
            grand += summaries[g].Count * shiftedMeans[g];
        }

        grand /= n;
        var ssBetween = 0.0;
        for (var g = 0; g < k; g++)
        {
            var d = shiftedMeans[g] - grand;
            ssBetween += summaries[g].Count * d * d;
        }

        var msBetween = ssBetween / dfBetween;
        var msWithin = ssWithin / dfWithin;
        var result = new AnovaResult
        {
            Groups = summaries, N = n, LeftOut = grouped.LeftOut, SsBetween = ssBetween, SsWithin = ssWithin,
            DfBetween = dfBetween, DfWithin = dfWithin, MsBetween = msBetween, MsWithin = msWithin,
            F = double.NaN, P = double.NaN, Log10P = double.NaN,
        };
        if (ssWithin == 0)
        {
            return result with
            {
                F = ssBetween > 0 ? double.PositiveInfinity : double.NaN,
                P = ssBetween > 0 ? 0 : double.NaN,
                Log10P = ssBetween > 0 ? double.NegativeInfinity : double.NaN,
                Problem = "Every group's values are identical within the group (zero within-group variance), so F is infinite"
                    + " and no p-value applies.",
            };
        }

        var f = msBetween / msWithin;
        var log10P = FDistribution.Log10UpperTail(f, dfBetween, dfWithin);
        return result with { F = f, P = Math.Pow(10, log10P), Log10P = log10P };
    }

    /// <summary>Mean and sum of squared deviations of <c>x - shift</c>, by the corrected two-pass formula.</summary>
    private static (double Mean, double SumOfSquares) MeanAndSumOfSquares(List<double> values, double shift)
    {
        var sum = 0.0;
        foreach (var x in values)
        {
            sum += x - shift;
        }

        var mean = sum / values.Count;
        var squares = 0.0;
        var residual = 0.0;
        foreach (var x in values)
        {
            var d = x - shift - mean;
            squares += d * d;
            residual += d;
        }

        // The correction term removes the rounding left in the mean (Chan, Golub and LeVeque's two-pass form).
        return (mean + residual / values.Count, Math.Max(0, squares - residual * residual / values.Count));
    }

    private static AnovaResult Empty(List<GroupSummary> groups, int n, int leftOut, string problem) => new()
    {
        Groups = groups, N = n, LeftOut = leftOut, SsBetween = double.NaN, SsWithin = double.NaN,
        DfBetween = Math.Max(0, groups.Count - 1), DfWithin = Math.Max(0, n - groups.Count), MsBetween = double.NaN,
        MsWithin = double.NaN, F = double.NaN, P = double.NaN, Log10P = double.NaN, Problem = problem,
    };
}
