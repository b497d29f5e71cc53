using ScalingDashboard.Core.Statistics.Embedding;
using ScalingDashboard.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Statistics.Embedding;

public class TsneGradientTests(ITestOutputHelper output)
{
    [Fact]
    public void Divergence_BarnesHut_CloseToExactOnSameEmbedding()
    {
        var (rows, _) = GaussianClusters.Build(3, 100, 5, seed: 13);
        var affinities = Affinities.Compute(rows, neighbours: 60, perplexity: 20, CancellationToken.None);
        var random = new Random(29);
        var embedding = Enumerable.Range(0, 600).Select(_ => 10 * GaussianClusters.Normal(random)).ToArray();

        var exact = new TsneGradient(affinities, new TsneMethod(true, BarnesHut: false), 0.5).Divergence(embedding);
        var barnesHut = new TsneGradient(affinities, new TsneMethod(true, BarnesHut: true), 0.5).Divergence(embedding);

        // Only Z = Σ w differs, and Barnes-Hut's estimate of it is off by well under 1%, so ln Z (and the KL) moves by
        // less than 0.01 nats.
        output.WriteLine($"exact {exact:F6}, Barnes-Hut {barnesHut:F6}");
        Assert.Equal(exact, barnesHut, 0.01);
    }

    [Fact]
    public void Compute_ExactGradient_MatchesFiniteDifferencesOfDivergence()
    {
        var (rows, _) = GaussianClusters.Build(2, 20, 3, seed: 19);
        var affinities = Affinities.Compute(rows, neighbours: 39, perplexity: 5, CancellationToken.None);
        var random = new Random(31);
        var embedding = Enumerable.Range(0, 80).Select(_ => GaussianClusters.Normal(random)).ToArray();
        var gradient = new TsneGradient(affinities, new TsneMethod(false, false), 0);
        var analytic = new double[embedding.Length];
        gradient.Compute(embedding, 1, analytic, withDivergence: false);

        // Central differences with h = 1e-5 are accurate to ~h² times the third derivative (order 1 here) plus
        // rounding of ~1e-16 / h: 1e-6 absolute is a safe bar for gradients of order 0.01 to 1.
        const double h = 1e-5;
        for (var e = 0; e < embedding.Length; e++)
        {
            var saved = embedding[e];
            embedding[e] = saved + h;
            var up = gradient.Divergence(embedding);
            embedding[e] = saved - h;
            var down = gradient.Divergence(embedding);
            embedding[e] = saved;
            Assert.Equal((up - down) / (2 * h), analytic[e], 1e-6);
        }
    }

    [SharedDataFact("open-llm-leaderboard")]
    public void Calibrate_LeaderboardNeighbourhoods_MatchPerplexity()
    {
        var rows = Standardise(LeaderboardBenchmarks.Read());
        var (indices, distances) = NearestNeighbours.Find(rows, 90, CancellationToken.None);
        var affinities = new double[90];
        var missed = new List<int>();
        for (var i = 0; i < rows.Length; i++)
        {
            PerplexityCalibration.Calibrate(distances.AsSpan(i * 90, 90), 30, affinities);
            var perplexity = Math.Exp(-affinities.Where(p => p > 0).Sum(p => p * Math.Log(p)));
            if (Math.Abs(perplexity - 30) > 1e-5)
            {
                missed.Add(i);
            }
        }

        // Every one of the 7,169 rows reaches perplexity 30 within the 1e-5 asked for, duplicates included (rows
        // re-evaluated at another precision); a row with more than 30 coincident neighbours could not, but none has.
        Assert.Empty(missed);
        Assert.Equal(90 * 7169, indices.Length);
    }

    private static double[][] Standardise(double[][] rows)
    {
        var pca = Pca.Compute(rows, standardise: true);
        return rows.Select(row => row.Select((v, c) => (v - pca.Means[c]) / pca.Scales[c]).ToArray()).ToArray();
    }
}
