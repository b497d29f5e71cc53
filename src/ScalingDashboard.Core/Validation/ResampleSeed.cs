namespace ScalingDashboard.Core.Validation;

/// <summary>
/// The seed of resample k of a bootstrap: a SplitMix64 hash of (bootstrap seed, k, stream). Each resample draws from
/// its own generator, so resamples can run on any thread in any order and still give the same numbers; and resample
/// k is the same whether the run asks for 100 resamples or 4,000.
/// </summary>
internal static class ResampleSeed
{
    /// <summary>Stream of the run indices a resample draws.</summary>
    public const int Indices = 0;

    /// <summary>Stream of the residuals added for prediction intervals, apart from the indices so more band positions change nothing else.</summary>
    public const int Noise = 1;

    /// <summary>Stream of the perturbed starts a warm-started refit tries.</summary>
    public const int Starts = 2;

    public static int For(int seed, int resample, int stream)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ ((ulong)(uint)resample << 2) ^ (ulong)(uint)stream);
        z = unchecked(z + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & int.MaxValue);
    }
}
