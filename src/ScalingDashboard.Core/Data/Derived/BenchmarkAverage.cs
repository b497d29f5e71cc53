namespace ScalingDashboard.Core.Data.Derived;

/// <summary>
/// Seed 003 Appendix K: the mean across benchmarks of Eq 3-normalised scores, <c>Q' = (Q - Qrandom)/(1 - Qrandom)</c>,
/// as a derived score column. A model is left out (NaN) when any benchmark is missing or below Qrandom + margin, as
/// the seed does, because near-chance scores are noise and would pull the mean of the weakest models around.
/// </summary>
public static class BenchmarkAverage
{
    /// <summary>The seed's exclusion margin above chance (5 points).</summary>
    public const double SeedMargin = 0.05;

    /// <summary>The average per row; NaN for excluded rows.</summary>
    /// <param name="benchmarks">One score list per benchmark (all the same length) with its chance level.</param>
    /// <param name="margin">Rows with any score below its Qrandom + margin are excluded.</param>
    public static double[] Compute(IReadOnlyList<(IReadOnlyList<double> Scores, double QRandom)> benchmarks, double margin = SeedMargin)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        if (benchmarks.Count == 0)
        {
            return [];
        }

        var rows = benchmarks[0].Scores.Count;
        if (benchmarks.Any(b => b.Scores.Count != rows))
        {
            throw new ArgumentException("Every benchmark needs one score per row.", nameof(benchmarks));
        }

        var average = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var sum = 0.0;
            foreach (var (scores, qr) in benchmarks)
            {
                var q = scores[i];
                if (!(q >= qr + margin))
                {
                    sum = double.NaN; // also catches a missing (NaN) score
                    break;
                }

                sum += (q - qr) / (1 - qr);
            }

            average[i] = sum / benchmarks.Count;
        }

        return average;
    }

    /// <summary>
    /// A new leaderboard with the average of <paramref name="columns"/> (header, Qrandom) appended as a score column,
    /// so every page and fit can use it like a measured score (its own Qrandom is 0: it is already normalised).
    /// </summary>
    /// <exception cref="KeyNotFoundException">When a header is not a numeric column.</exception>
    public static Leaderboard AddColumn(Leaderboard leaderboard, string header, IReadOnlyList<(string Header, double QRandom)> columns, double margin = SeedMargin)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        ArgumentNullException.ThrowIfNull(columns);
        var benchmarks = columns.Select(c =>
        {
            var column = leaderboard.FindColumn(c.Header) is { IsNumeric: true } found
                ? found
                : throw new KeyNotFoundException($"No numeric column '{c.Header}'.");
            return ((IReadOnlyList<double>)column.Numbers.Select(v => v ?? double.NaN).ToArray(), c.QRandom);
        }).ToList();
        var values = Compute(benchmarks, margin).Select(v => double.IsNaN(v) ? (double?)null : v).ToArray();
        var unit = new ColumnUnit(1, $"mean of {columns.Count} normalised scores (seed 003 Appendix K)");
        return new Leaderboard(leaderboard.ModelNames, [.. leaderboard.Columns, new LeaderboardColumn(header, ColumnRole.Score, values, null, unit)]);
    }
}
