using ScalingDashboard.Core.Concurrency;
namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// The gradient of KL(P‖Q) for a 2-D embedding: 4 Σ_j (α p_ij − q_ij) w_ij (y_i − y_j), w = 1 / (1 + d²),
/// q = w / Z, split as the attraction over P's non-zero entries and the repulsion over all pairs (exactly or by
/// Barnes-Hut). Each point's terms are computed on its own, in parallel, into its own slots; the only sums across
/// points (Z and the divergence) run afterwards in index order, so the numbers never depend on the thread schedule.
/// </summary>
internal sealed class TsneGradient(Affinities affinities, TsneMethod method, double theta)
{
    private readonly int _n = affinities.Count;
    private readonly QuadTree _tree = new();
    private readonly double[] _repulsion = new double[2 * affinities.Count];
    private readonly double[] _attraction = new double[2 * affinities.Count];
    private readonly double[] _weightSums = new double[affinities.Count];
    private readonly double[] _logWeightTerms = new double[affinities.Count];

    /// <summary>
    /// Writes the gradient at <paramref name="embedding"/> into <paramref name="gradient"/> (same layout) and returns
    /// KL(P‖Q) at it against the un-exaggerated P when <paramref name="withDivergence"/>, else NaN.
    /// </summary>
    public double Compute(double[] embedding, double exaggeration, double[] gradient, bool withDivergence)
    {
        if (method.BarnesHut)
        {
            _tree.Build(embedding);
        }

        Parallel.For(0, _n, Parallelism.Options(CancellationToken.None), i =>
        {
            Repel(embedding, i);
            Attract(embedding, i, withDivergence);
        });

        var z = 0.0;
        foreach (var s in _weightSums)
        {
            z += s;
        }

        for (var e = 0; e < gradient.Length; e++)
        {
            gradient[e] = 4 * (exaggeration * _attraction[e] - _repulsion[e] / z);
        }

        return withDivergence ? Divergence(z) : double.NaN;
    }

    /// <summary>KL(P‖Q) at <paramref name="embedding"/> (one repulsion pass for Z, no gradient).</summary>
    public double Divergence(double[] embedding) => Compute(embedding, 1, new double[embedding.Length], withDivergence: true);

    /// <summary>KL = Σ p ln p − Σ p ln w + ln Z, since Σ p = 1 and q = w / Z.</summary>
    private double Divergence(double z)
    {
        var logWeights = 0.0;
        foreach (var term in _logWeightTerms)
        {
            logWeights += term;
        }

        return affinities.EntropyTerm - logWeights + Math.Log(z);
    }

    private void Repel(double[] embedding, int i)
    {
        if (method.BarnesHut)
        {
            (_repulsion[2 * i], _repulsion[2 * i + 1], _weightSums[i]) = _tree.Repulsion(i, theta);
            return;
        }

        double x = embedding[2 * i], y = embedding[2 * i + 1];
        double forceX = 0, forceY = 0, weightSum = 0;
        for (var j = 0; j < _n; j++)
        {
            if (j == i)
            {
                continue;
            }

            double dx = x - embedding[2 * j], dy = y - embedding[2 * j + 1];
            var w = 1 / (1 + dx * dx + dy * dy);
            weightSum += w;
            forceX += w * w * dx;
            forceY += w * w * dy;
        }

        (_repulsion[2 * i], _repulsion[2 * i + 1], _weightSums[i]) = (forceX, forceY, weightSum);
    }

    private void Attract(double[] embedding, int i, bool withDivergence)
    {
        double x = embedding[2 * i], y = embedding[2 * i + 1];
        double forceX = 0, forceY = 0, logWeights = 0;
        for (var e = affinities.RowStart[i]; e < affinities.RowStart[i + 1]; e++)
        {
            var j = affinities.Columns[e];
            double dx = x - embedding[2 * j], dy = y - embedding[2 * j + 1];
            var distanceSquared = dx * dx + dy * dy;
            var pw = affinities.Values[e] / (1 + distanceSquared);
            forceX += pw * dx;
            forceY += pw * dy;
            if (withDivergence)
            {
                logWeights -= affinities.Values[e] * Math.Log(1 + distanceSquared);
            }
        }

        (_attraction[2 * i], _attraction[2 * i + 1]) = (forceX, forceY);
        _logWeightTerms[i] = logWeights;
    }
}
