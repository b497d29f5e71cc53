namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// The conditional affinities p(j|i) ∝ exp(−β d²(i, j)) of one point, with the Gaussian precision β found by
/// bisection so that the row's perplexity exp(H) equals the target (van der Maaten 2008, §2).
/// </summary>
internal static class PerplexityCalibration
{
    // Bisection halves the bracket each step; the entropy tolerance below is reached in ~50 steps from β = 1 for any
    // scale of distances met in practice, and the cap only stops degenerate rows (all distances equal).
    private const int MaximumSteps = 200;

    // On the entropy (natural log): a perplexity of 50 is then matched to 50 × 1e-10, far inside the 1e-5 asked for.
    private const double EntropyTolerance = 1e-10;

    /// <summary>
    /// Fills <paramref name="affinities"/> with p(j|i) for the squared distances to the row's neighbours and returns β.
    /// </summary>
    public static double Calibrate(ReadOnlySpan<double> squaredDistances, double perplexity, Span<double> affinities)
    {
        var target = Math.Log(perplexity);
        // Distances are shifted by their minimum: the probabilities and the entropy do not change, and the nearest
        // neighbour's weight is 1, so the sum cannot underflow to 0 at a large β.
        var nearest = double.PositiveInfinity;
        foreach (var d in squaredDistances)
        {
            nearest = Math.Min(nearest, d);
        }

        double beta = 1, low = 0, high = double.PositiveInfinity;
        for (var step = 0; step < MaximumSteps; step++)
        {
            var entropy = Weigh(squaredDistances, nearest, beta, affinities);
            var gap = entropy - target;
            if (Math.Abs(gap) < EntropyTolerance)
            {
                break;
            }

            // Too much entropy means too wide a Gaussian: raise the precision, else lower it.
            if (gap > 0)
            {
                low = beta;
                beta = double.IsPositiveInfinity(high) ? beta * 2 : (beta + high) / 2;
            }
            else
            {
                high = beta;
                beta = (beta + low) / 2;
            }
        }

        Weigh(squaredDistances, nearest, beta, affinities);
        return beta;
    }

    /// <summary>Writes the normalised weights at <paramref name="beta"/> and returns their entropy (nats).</summary>
    private static double Weigh(ReadOnlySpan<double> squaredDistances, double nearest, double beta, Span<double> affinities)
    {
        double sum = 0, weightedDistance = 0;
        for (var j = 0; j < squaredDistances.Length; j++)
        {
            var shifted = squaredDistances[j] - nearest;
            var w = Math.Exp(-beta * shifted);
            affinities[j] = w;
            sum += w;
            weightedDistance += w * shifted;
        }

        for (var j = 0; j < affinities.Length; j++)
        {
            affinities[j] /= sum;
        }

        return Math.Log(sum) + beta * weightedDistance / sum;
    }
}
