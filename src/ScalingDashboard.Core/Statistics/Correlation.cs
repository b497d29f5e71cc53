using System.Globalization;

namespace ScalingDashboard.Core.Statistics;

/// <summary>Pearson or Spearman correlation matrices with pairwise complete observations (NaN = missing), as pandas' DataFrame.corr.</summary>
public static class Correlation
{
    private const int MinimumPairs = 3;

    public static CorrelationMatrix Compute(IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<double>> columns, CorrelationMethod method)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(columns);
        if (names.Count != columns.Count)
        {
            return Empty(names, method, $"There are {names.Count} names but {columns.Count} columns; give one name per column.");
        }

        if (columns.Any(c => c.Count != columns[0].Count))
        {
            var lengths = string.Join(", ", names.Zip(columns, (n, c) => $"'{n}' {c.Count}"));
            return Empty(names, method, $"The columns differ in length ({lengths}); give every column one value per row.");
        }

        var k = names.Count;
        var r = Square(k, double.NaN);
        var n = new int[k][];
        for (var i = 0; i < k; i++)
        {
            n[i] = new int[k];
        }

        var problems = new List<string>();
        for (var i = 0; i < k; i++)
        {
            var present = columns[i].Where(double.IsFinite).ToList();
            if (present.Count > 0 && present.All(v => v == present[0]))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Column '{names[i]}' is constant (every value is {present[0]}), so its correlations are undefined."));
            }

            for (var j = i; j < k; j++)
            {
                var (x, y) = CompletePairs(columns[i], columns[j]);
                n[i][j] = n[j][i] = x.Length;
                if (x.Length < MinimumPairs)
                {
                    if (i != j)
                    {
                        problems.Add($"Columns '{names[i]}' and '{names[j]}' share {x.Length} complete rows; a correlation needs at least {MinimumPairs}.");
                    }

                    continue;
                }

                if (method == CorrelationMethod.Spearman)
                {
                    x = AverageRanks(x);
                    y = AverageRanks(y);
                }

                r[i][j] = r[j][i] = Pearson(x, y);
            }
        }

        return new CorrelationMatrix(names, r, n, method) { Problems = problems };
    }

    private static (double[] X, double[] Y) CompletePairs(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var x = new List<double>(a.Count);
        var y = new List<double>(a.Count);
        for (var row = 0; row < a.Count; row++)
        {
            if (double.IsFinite(a[row]) && double.IsFinite(b[row]))
            {
                x.Add(a[row]);
                y.Add(b[row]);
            }
        }

        return ([.. x], [.. y]);
    }

    /// <summary>Pearson's r by two passes (means first), NaN when either side is constant.</summary>
    private static double Pearson(double[] x, double[] y)
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    /// <summary>Ranks 1..n, tied values sharing the mean of the ranks they span.</summary>
    internal static double[] AverageRanks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).ToArray();
        Array.Sort(values.ToArray(), order);
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && values[order[end]] == values[order[start]])
            {
                end++;
            }

            var rank = (start + end + 1) / 2.0; // mean of 1-based ranks start+1 .. end
            for (var t = start; t < end; t++)
            {
                ranks[order[t]] = rank;
            }

            start = end;
        }

        return ranks;
    }

    private static double[][] Square(int k, double fill) =>
        Enumerable.Range(0, k).Select(_ => Enumerable.Repeat(fill, k).ToArray()).ToArray();

    private static CorrelationMatrix Empty(IReadOnlyList<string> names, CorrelationMethod method, string problem) =>
        new(names, [], [], method) { Problems = [problem] };
}
