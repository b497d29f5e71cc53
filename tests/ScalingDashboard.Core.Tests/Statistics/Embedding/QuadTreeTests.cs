using ScalingDashboard.Core.Statistics.Embedding;

namespace ScalingDashboard.Core.Tests.Statistics.Embedding;

public class QuadTreeTests
{
    [Theory]
    [InlineData(0.0, 1e-12)]
    [InlineData(0.5, 0.05)]
    public void Repulsion_RandomPointsWithDuplicates_MatchesAllPairs(double theta, double tolerance)
    {
        // θ = 0 opens every cell down to the leaves, so the sums are the all-pairs ones up to rounding; θ = 0.5 is
        // the Barnes-Hut approximation, whose error is a few per cent of the gross force Σ w²|y_i − y_j| (the net
        // force of a central point nearly cancels, so it is no scale for the error).
        var random = new Random(23);
        var embedding = Enumerable.Range(0, 400).Select(_ => GaussianClusters.Normal(random) * 5).ToArray();
        embedding[2] = embedding[0];
        embedding[3] = embedding[1];
        var tree = new QuadTree();
        tree.Build(embedding);

        for (var i = 0; i < embedding.Length / 2; i++)
        {
            var (forceX, forceY, weightSum) = tree.Repulsion(i, theta);
            var (exactX, exactY, exactSum, scale) = AllPairs(embedding, i);
            Assert.True(Math.Abs(forceX - exactX) <= tolerance * scale, $"point {i}: x force {forceX} vs {exactX}");
            Assert.True(Math.Abs(forceY - exactY) <= tolerance * scale, $"point {i}: y force {forceY} vs {exactY}");
            Assert.True(Math.Abs(weightSum - exactSum) <= tolerance * exactSum, $"point {i}: weight sum {weightSum} vs {exactSum}");
        }
    }

    private static (double X, double Y, double Sum, double Gross) AllPairs(double[] embedding, int i)
    {
        double x = 0, y = 0, sum = 0, gross = 0;
        for (var j = 0; j < embedding.Length / 2; j++)
        {
            if (j != i)
            {
                double dx = embedding[2 * i] - embedding[2 * j], dy = embedding[2 * i + 1] - embedding[2 * j + 1];
                var w = 1 / (1 + dx * dx + dy * dy);
                sum += w;
                x += w * w * dx;
                y += w * w * dy;
                gross += w * w * Math.Sqrt(dx * dx + dy * dy);
            }
        }

        return (x, y, sum, gross);
    }
}
