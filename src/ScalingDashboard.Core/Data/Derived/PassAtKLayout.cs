using System.Globalization;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Data.Derived;

/// <summary>
/// Builds the long layout Eq 5 is fitted on (one row per model and k) from a wide leaderboard whose pass rates sit in
/// columns named PREFIX + k (e.g. "humaneval-py|pass@1" ... "humaneval-py|pass@128"), as the seed's released data has.
/// </summary>
public static class PassAtKLayout
{
    /// <summary>The k of every column named <paramref name="prefix"/> + integer, ascending; empty when none.</summary>
    public static IReadOnlyList<(int K, LeaderboardColumn Column)> FindColumns(Leaderboard leaderboard, string prefix)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        ArgumentNullException.ThrowIfNull(prefix);
        var found = new List<(int, LeaderboardColumn)>();
        foreach (var column in leaderboard.NumericColumns)
        {
            if (column.Header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(column.Header.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k > 0)
            {
                found.Add((k, column));
            }
        }

        return found.OrderBy(f => f.Item1).ToList();
    }

    /// <summary>
    /// Stacks the pass@k columns under <paramref name="compute"/>: x = compute, x2 = k, y = pass rate, labels
    /// "model @k". Missing cells become NaN (left out by the fit). Settings (Qrandom, margin) are left at defaults.
    /// </summary>
    public static FitRequest Stack(Leaderboard leaderboard, LeaderboardColumn compute, string prefix)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        ArgumentNullException.ThrowIfNull(compute);
        var columns = FindColumns(leaderboard, prefix);
        var count = columns.Count * leaderboard.RowCount;
        var x = new double[count];
        var k = new double[count];
        var y = new double[count];
        var labels = new string[count];
        var row = 0;
        foreach (var (samples, column) in columns)
        {
            for (var i = 0; i < leaderboard.RowCount; i++, row++)
            {
                x[row] = compute.Numbers[i] ?? double.NaN;
                k[row] = samples;
                y[row] = column.Numbers[i] ?? double.NaN;
                labels[row] = string.Create(CultureInfo.InvariantCulture, $"{leaderboard.ModelNames[i]} @{samples}");
            }
        }

        return new FitRequest(x, y) { X2 = k, Labels = labels };
    }
}
