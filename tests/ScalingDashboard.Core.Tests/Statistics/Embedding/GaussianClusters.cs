namespace ScalingDashboard.Core.Tests.Statistics.Embedding;

/// <summary>
/// Seeded test data: equal-sized spherical Gaussian clusters (unit standard deviation) whose centres sit 10 apart on
/// separate axes, so in 10-D the clusters never overlap (centres 14 apart against a spread of ~3 per cluster).
/// </summary>
internal static class GaussianClusters
{
    public static (double[][] Rows, int[] Labels) Build(int clusters, int perCluster, int dimensions, int seed)
    {
        var random = new Random(seed);
        var rows = new double[clusters * perCluster][];
        var labels = new int[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            labels[r] = r / perCluster;
            rows[r] = Enumerable.Range(0, dimensions).Select(d => (d == labels[r] ? 10.0 : 0) + Normal(random)).ToArray();
        }

        return (rows, labels);
    }

    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
