using ScalingDashboard.Core.Randomness;

namespace ScalingDashboard.Core.Examples;

/// <summary>
/// Standard normal deviates from a seed for the synthetic example data (<see cref="BoxMuller"/>: the sequence is fixed
/// by this code alone, which the byte-for-byte CSV test needs).
/// </summary>
internal sealed class GaussianSource
{
    private readonly Random _random;
    private double? _spare;

    public GaussianSource(int seed)
    {
        // Not security-sensitive: reproducible example data is the whole point.
#pragma warning disable CA5394
        _random = new Random(seed);
#pragma warning restore CA5394
    }

    public double Next() => BoxMuller.Next(_random, ref _spare);
}
