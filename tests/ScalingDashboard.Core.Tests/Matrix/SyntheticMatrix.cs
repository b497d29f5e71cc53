using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Tests.Matrix;

/// <summary>Seeded synthetic score matrices with a known structure, for checks the real data cannot give.</summary>
internal static class SyntheticMatrix
{
    /// <summary>
    /// 0.5 + 0.06 a_i . b_j (rank 3, a and b standard normal) plus Gaussian noise of sd <paramref name="noise"/>, each cell
    /// observed with probability <paramref name="observed"/>. The signal's sd is 0.06 x sqrt(3) = 0.10, so cells stay
    /// inside [0, 1] (5 sd from either edge) and no task is rescaled.
    /// </summary>
    public static ScoreMatrix LowRank(int models, int tasks, int rank, double noise, double observed, int seed)
    {
        var random = new Random(seed);
        var a = Normals(random, models * rank);
        var b = Normals(random, tasks * rank);
        var rows = new IReadOnlyList<double>[models];
        for (var i = 0; i < models; i++)
        {
            var row = new double[tasks];
            for (var j = 0; j < tasks; j++)
            {
                var signal = 0.5 + (0.06 * Enumerable.Range(0, rank).Sum(k => a[(i * rank) + k] * b[(j * rank) + k]));
                var value = signal + (noise * Normals(random, 1)[0]);
                row[j] = random.NextDouble() < observed ? value : double.NaN;
            }

            rows[i] = row;
        }

        return ScoreMatrix.FromWide(Names("model", models), Names("task", tasks), rows);
    }

    public static double[] Normals(Random random, int count) => Enumerable.Range(0, count)
        .Select(_ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())).ToArray();

    public static string[] Names(string prefix, int count) => Enumerable.Range(0, count).Select(k => $"{prefix} {k}").ToArray();
}
