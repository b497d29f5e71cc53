using ScalingDashboard.Core.Statistics.Embedding;

namespace ScalingDashboard.Core.Tests.Statistics.Embedding;

public class PerplexityCalibrationTests
{
    [Theory]
    [InlineData(5.0, 1.0)]
    [InlineData(30.0, 1.0)]
    [InlineData(50.0, 1.0)]
    [InlineData(30.0, 1e4)]
    [InlineData(30.0, 1e-4)]
    public void Calibrate_RandomDistances_MatchesPerplexity(double perplexity, double scale)
    {
        // Squared distances to 3 × perplexity neighbours at scales from 1e-4 to 1e4 (percent data unstandardised).
        var random = new Random(17);
        var distances = Enumerable.Range(0, (int)(3 * perplexity)).Select(_ => scale * random.NextDouble() * 10).ToArray();
        var affinities = new double[distances.Length];

        PerplexityCalibration.Calibrate(distances, perplexity, affinities);

        // The brief asks for the conditional perplexity exp(H) within 1e-5; the bisection stops at 1e-10 in H.
        var entropy = -affinities.Where(p => p > 0).Sum(p => p * Math.Log(p));
        Assert.Equal(perplexity, Math.Exp(entropy), 1e-5);
        Assert.Equal(1.0, affinities.Sum(), 12);
    }

    [Fact]
    public void Compute_SparseAffinities_AreSymmetricAndSumToOne()
    {
        var (rows, _) = GaussianClusters.Build(3, 40, 4, seed: 3);

        var affinities = Affinities.Compute(rows, neighbours: 15, perplexity: 5, CancellationToken.None);

        // p_ij = (p(j|i) + p(i|j)) / 2n: symmetric exactly (the same two numbers added) and summing to 1 to rounding.
        Assert.Equal(1.0, affinities.Values.Sum(), 12);
        var entries = new Dictionary<(int, int), double>();
        for (var i = 0; i < affinities.Count; i++)
        {
            for (var e = affinities.RowStart[i]; e < affinities.RowStart[i + 1]; e++)
            {
                entries[(i, affinities.Columns[e])] = affinities.Values[e];
            }
        }

        Assert.All(entries, entry => Assert.Equal(entry.Value, entries[(entry.Key.Item2, entry.Key.Item1)]));
    }
}
