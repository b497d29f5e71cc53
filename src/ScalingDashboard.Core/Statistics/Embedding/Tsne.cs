namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// t-distributed stochastic neighbour embedding into the plane (van der Maaten and Hinton 2008; Barnes-Hut as in
/// van der Maaten 2014): points close in the input stay close in the picture. Deterministic for a given seed.
/// </summary>
public static class Tsne
{
    /// <summary>
    /// Up to this many rows the affinities are computed over all pairs and the repulsion exactly (quadratic, fast
    /// enough); above it, over the 3 × perplexity nearest neighbours and by Barnes-Hut (unless θ = 0).
    /// </summary>
    public const int ExactLimit = 1000;

    /// <summary>Iterations between progress reports (each carries the current divergence).</summary>
    public const int ProgressInterval = 50;

    // The random start: tiny Gaussian coordinates (standard deviation 1e-4), as in the reference implementation.
    private const double StartScale = 1e-4;

    private const double MinimumGain = 0.01;

    /// <summary>Embeds <paramref name="rows"/> (observations by variables) in two dimensions.</summary>
    /// <param name="rows">Complete observations of equal length, no NaN; usually standardised by the caller.</param>
    /// <param name="options">Perplexity, iterations, seed, θ and learning rate.</param>
    /// <param name="progress">Told once the affinities are ready and every <see cref="ProgressInterval"/> iterations.</param>
    /// <param name="cancellationToken">Checked in every iteration; cancelling throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The embedding, or a result whose <see cref="TsneResult.Problem"/> says what to change.</returns>
    public static TsneResult Compute(
        double[][] rows,
        TsneOptions options,
        IProgress<TsneProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        return Compute(rows, options, TsneMethod.For(rows.Length, options.Theta), progress, cancellationToken);
    }

    /// <summary>As the public entry, with the method chosen by the caller (tests compare exact and Barnes-Hut).</summary>
    internal static TsneResult Compute(
        double[][] rows,
        TsneOptions options,
        TsneMethod method,
        IProgress<TsneProgress>? progress,
        CancellationToken cancellationToken)
    {
        if ((EmbeddingInput.Check(rows, minimumRows: 1, minimumColumns: 1, "t-SNE") ?? TsneValidation.Check(rows.Length, options)) is { } problem)
        {
            return TsneResult.Failed(problem);
        }

        var n = rows.Length;
        var neighbours = method.SparseAffinities ? Math.Min(n - 1, (int)(3 * options.Perplexity)) : n - 1;
        var affinities = Affinities.Compute(rows, neighbours, options.Perplexity, cancellationToken);
        progress?.Report(new TsneProgress(0, options.Iterations, null));

        var gradient = new TsneGradient(affinities, method, options.Theta);
        var embedding = Start(n, options.Seed);
        Descend(embedding, gradient, options, progress, cancellationToken);

        var divergence = gradient.Divergence(embedding);
        var points = Enumerable.Range(0, n).Select(i => new[] { embedding[2 * i], embedding[2 * i + 1] }).ToArray();
        return new TsneResult(points, divergence, options.Iterations, null);
    }

    /// <summary>
    /// Gradient descent with momentum and per-coordinate gains (Jacobs 1988, as in the reference implementation):
    /// a gain grows by 0.2 while the step keeps reversing the gradient's sign and shrinks by 0.8 while it does not.
    /// </summary>
    private static void Descend(double[] embedding, TsneGradient gradient, TsneOptions options, IProgress<TsneProgress>? progress, CancellationToken cancellationToken)
    {
        var learningRate = options.LearningRateFor(embedding.Length / 2);
        var step = new double[embedding.Length];
        var gains = Enumerable.Repeat(1.0, embedding.Length).ToArray();
        var slope = new double[embedding.Length];
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var early = iteration < TsneOptions.ExaggerationIterations;
            var done = iteration + 1;
            var report = done % ProgressInterval == 0 || done == options.Iterations;
            var divergence = gradient.Compute(embedding, early ? TsneOptions.EarlyExaggeration : 1, slope, report && progress is not null);
            var momentum = early ? 0.5 : 0.8;
            for (var e = 0; e < embedding.Length; e++)
            {
                gains[e] = Math.Sign(slope[e]) != Math.Sign(step[e]) ? gains[e] + 0.2 : Math.Max(gains[e] * 0.8, MinimumGain);
                step[e] = momentum * step[e] - learningRate * gains[e] * slope[e];
                embedding[e] += step[e];
            }

            Centre(embedding);
            if (report)
            {
                progress?.Report(new TsneProgress(done, options.Iterations, divergence));
            }
        }
    }

    /// <summary>Seeded Gaussian start (Box-Muller on <see cref="Random"/>, whose seeded sequence is fixed).</summary>
    private static double[] Start(int n, int seed)
    {
        var random = new Random(seed);
        var embedding = new double[2 * n];
        for (var e = 0; e < embedding.Length; e += 2)
        {
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * StartScale;
            var angle = 2 * Math.PI * random.NextDouble();
            embedding[e] = radius * Math.Cos(angle);
            embedding[e + 1] = radius * Math.Sin(angle);
        }

        return embedding;
    }

    /// <summary>Keeps the embedding centred on the origin (t-SNE's objective ignores translation).</summary>
    private static void Centre(double[] embedding)
    {
        double sumX = 0, sumY = 0;
        for (var e = 0; e < embedding.Length; e += 2)
        {
            sumX += embedding[e];
            sumY += embedding[e + 1];
        }

        var n = embedding.Length / 2;
        for (var e = 0; e < embedding.Length; e += 2)
        {
            embedding[e] -= sumX / n;
            embedding[e + 1] -= sumY / n;
        }
    }
}
