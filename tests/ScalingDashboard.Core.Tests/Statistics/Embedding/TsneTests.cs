using ScalingDashboard.Core.Statistics.Embedding;
using ScalingDashboard.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Statistics.Embedding;

public class TsneTests(ITestOutputHelper output)
{
    private static readonly (double[][] Rows, int[] Labels) Clusters = GaussianClusters.Build(3, 100, 10, seed: 42);

    [Fact]
    public void Compute_ThreeSeparatedClusters_KeepsNeighboursInTheirCluster()
    {
        var result = Tsne.Compute(Clusters.Rows, new TsneOptions());

        Assert.Null(result.Problem);
        Assert.Equal(300, result.Embedding.Length);
        Assert.Equal(1000, result.Iterations);
        // The clusters do not overlap in 10-D, so a working t-SNE leaves no point with a stranger among its 10 nearest
        // embedded neighbours; the brief's bar is 95% of points.
        var share = ShareWithPureNeighbourhoods(result.Embedding, Clusters.Labels, 10);
        output.WriteLine($"share {share:F4}, KL {result.KlDivergence:F4}");
        Assert.True(share > 0.95, $"share of points whose 10 nearest neighbours share their cluster: {share:F3}");
    }

    [Fact]
    public void Compute_SameSeed_GivesIdenticalEmbedding()
    {
        var options = new TsneOptions(Iterations: 300, Seed: 7);

        var first = Tsne.Compute(Clusters.Rows, options);
        var second = Tsne.Compute(Clusters.Rows, options);

        // Bit for bit: every sum across points runs in index order, whatever the thread schedule.
        Assert.Equal(Flatten(first.Embedding), Flatten(second.Embedding));
        Assert.Equal(first.KlDivergence, second.KlDivergence);
    }

    [Fact]
    public void Compute_SameSeedBarnesHut_GivesIdenticalEmbedding()
    {
        var method = new TsneMethod(SparseAffinities: true, BarnesHut: true);
        var options = new TsneOptions(Iterations: 300, Seed: 7);

        var first = Tsne.Compute(Clusters.Rows, options, method, null, CancellationToken.None);
        var second = Tsne.Compute(Clusters.Rows, options, method, null, CancellationToken.None);

        Assert.Equal(Flatten(first.Embedding), Flatten(second.Embedding));
        Assert.Equal(first.KlDivergence, second.KlDivergence);
    }

    [Fact]
    public void Compute_DifferentSeed_GivesDifferentEmbedding()
    {
        var first = Tsne.Compute(Clusters.Rows, new TsneOptions(Iterations: 300, Seed: 1));
        var second = Tsne.Compute(Clusters.Rows, new TsneOptions(Iterations: 300, Seed: 2));

        // Another random start lands the clusters elsewhere in the plane: coordinates differ by whole units.
        var largestGap = Flatten(first.Embedding).Zip(Flatten(second.Embedding), (a, b) => Math.Abs(a - b)).Max();
        Assert.True(largestGap > 1, $"largest coordinate difference {largestGap}");
    }

    [Fact]
    public void Compute_ExactAndBarnesHut_ReachSimilarDivergence()
    {
        var options = new TsneOptions(Perplexity: 20, Seed: 3);
        var (rows, _) = GaussianClusters.Build(4, 50, 5, seed: 11);

        var exact = Tsne.Compute(rows, options, new TsneMethod(SparseAffinities: false, BarnesHut: false), null, CancellationToken.None);
        var barnesHut = Tsne.Compute(rows, options, new TsneMethod(SparseAffinities: false, BarnesHut: true), null, CancellationToken.None);

        // θ = 0.5 perturbs each repulsive force by a few per cent, so the optimum reached moves a little; the brief
        // allows 10% between the two final divergences.
        output.WriteLine($"exact KL {exact.KlDivergence:F4}, Barnes-Hut KL {barnesHut.KlDivergence:F4}");
        Assert.True(exact.KlDivergence > 0, $"exact KL {exact.KlDivergence}");
        Assert.True(Math.Abs(barnesHut.KlDivergence - exact.KlDivergence) < 0.1 * exact.KlDivergence,
            $"exact KL {exact.KlDivergence:F4}, Barnes-Hut KL {barnesHut.KlDivergence:F4}");
    }

    [Fact]
    public void Compute_AboveExactLimit_UsesSparseBarnesHutAndConverges()
    {
        var (rows, labels) = GaussianClusters.Build(3, 400, 6, seed: 5);
        var progress = new RecordingProgress<TsneProgress>();

        var result = Tsne.Compute(rows, new TsneOptions(Iterations: 400), progress);

        Assert.Equal(TsneMethod.For(1200, 0.5), new TsneMethod(SparseAffinities: true, BarnesHut: true));
        Assert.Null(result.Problem);
        // Separated clusters stay apart on the large-n path as well; the divergence falls once exaggeration ends.
        var share = ShareWithPureNeighbourhoods(result.Embedding, labels, 10);
        output.WriteLine($"share {share:F4}, KL {result.KlDivergence:F4}");
        Assert.True(share > 0.95, $"share {share:F3}");
        Assert.True(progress.Reports[^1].KlDivergence < progress.Reports[5].KlDivergence,
            $"KL at 250: {progress.Reports[5].KlDivergence}, at 400: {progress.Reports[^1].KlDivergence}");
    }

    [Fact]
    public void Compute_Progress_ReportsEveryFiftyIterations()
    {
        var progress = new RecordingProgress<TsneProgress>();

        var result = Tsne.Compute(Clusters.Rows, new TsneOptions(Iterations: 120), progress);

        // Once when the affinities are ready, at 50 and 100, and at the last iteration.
        Assert.Equal([0, 50, 100, 120], progress.Reports.Select(r => r.Iteration));
        Assert.All(progress.Reports, r => Assert.Equal(120, r.Total));
        Assert.Null(progress.Reports[0].KlDivergence);
        Assert.All(progress.Reports.Skip(1), r => Assert.True(r.KlDivergence > 0));
        Assert.Equal(120, result.Iterations);
    }

    [Fact]
    public void Compute_CancelledFromProgress_StopsAtThatIteration()
    {
        using var source = new CancellationTokenSource();
        var progress = new RecordingProgress<TsneProgress>(r =>
        {
            if (r.Iteration == 100)
            {
                source.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => Tsne.Compute(Clusters.Rows, new TsneOptions(), progress, source.Token));
        // The next iteration checks the token before working, so nothing is reported after the cancel.
        Assert.Equal(100, progress.Reports[^1].Iteration);
    }

    [Theory]
    [InlineData(50, 30.0, "Perplexity 30 is too large for 50 rows: it must be below (n − 1) / 3 = 16.33.")]
    [InlineData(50, 0.5, "Perplexity 0.5 is too small")]
    [InlineData(4, 1.0, "t-SNE needs at least 5 rows, but 4 were given")]
    public void Compute_BadPerplexity_ReportsProblem(int rowCount, double perplexity, string expected)
    {
        var rows = Clusters.Rows.Take(rowCount).ToArray();

        var result = Tsne.Compute(rows, new TsneOptions(Perplexity: perplexity));

        Assert.StartsWith(expected, result.Problem, StringComparison.Ordinal);
        Assert.Empty(result.Embedding);
    }

    [Fact]
    public void Compute_BadOptions_ReportsProblem()
    {
        Assert.StartsWith("Iterations must be at least 1", Tsne.Compute(Clusters.Rows, new TsneOptions(Iterations: 0)).Problem, StringComparison.Ordinal);
        Assert.StartsWith("Theta 1.5 is outside [0, 1]", Tsne.Compute(Clusters.Rows, new TsneOptions(Theta: 1.5)).Problem, StringComparison.Ordinal);
        Assert.StartsWith("Learning rate -1 must be", Tsne.Compute(Clusters.Rows, new TsneOptions(LearningRate: -1)).Problem, StringComparison.Ordinal);
        Assert.StartsWith("Row 1, column 1 is not a finite number", Tsne.Compute([[double.NaN, 1]], new TsneOptions()).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 25.0)]
    [InlineData(1200, 12.5)]
    [InlineData(100000, 2083.3333333333335)]
    public void LearningRateFor_Auto_FollowsScikitLearnRule(int rows, double expected)
    {
        // max(n / 12 / 4, 50): 50 is the floor for small tables.
        Assert.Equal(Math.Max(expected, 50), new TsneOptions().LearningRateFor(rows), 12);
    }

    /// <summary>The share of points whose <paramref name="k"/> nearest embedded neighbours all carry their label.</summary>
    private static double ShareWithPureNeighbourhoods(double[][] embedding, int[] labels, int k)
    {
        var pure = 0;
        for (var i = 0; i < embedding.Length; i++)
        {
            var nearest = Enumerable.Range(0, embedding.Length).Where(j => j != i)
                .OrderBy(j => Math.Pow(embedding[i][0] - embedding[j][0], 2) + Math.Pow(embedding[i][1] - embedding[j][1], 2))
                .Take(k);
            pure += nearest.All(j => labels[j] == labels[i]) ? 1 : 0;
        }

        return (double)pure / embedding.Length;
    }

    private static double[] Flatten(double[][] embedding) => embedding.SelectMany(p => p).ToArray();
}
