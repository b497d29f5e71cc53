using ScalingDashboard.Core.Randomness;

namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// The one source of randomness of the matrix methods: initial weights, mini-batch order and held-out splits all come
/// from a seeded <see cref="Random"/>, so the same seed gives the same numbers on every run and machine.
/// </summary>
internal sealed class MatrixRandom
{
    private readonly Random _random;
    private double? _spare;

    public MatrixRandom(int seed)
    {
        // Not security-sensitive: reproducible experiments are the point.
#pragma warning disable CA5394
        _random = new Random(seed);
#pragma warning restore CA5394
    }

#pragma warning disable CA5394
    public int Next(int exclusiveMax) => _random.Next(exclusiveMax);
#pragma warning restore CA5394

    /// <summary>A standard normal deviate (Box-Muller, written out so the sequence depends on this code alone).</summary>
    public double Gaussian() => BoxMuller.Next(_random, ref _spare);

    public void Fill(double[] values, double scale)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = scale * Gaussian();
        }
    }

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
