namespace ScalingDashboard.Core.Randomness;

/// <summary>
/// Standard normal deviates from a seeded <see cref="Random"/> by the Box-Muller transform, two per pair of uniforms
/// (the second kept in <c>spare</c>). Written out rather than taken from a library so the sequence for a seed is fixed
/// by this code alone (.NET keeps the seeded <see cref="Random"/> algorithm stable): the shipped synthetic ladder is
/// checked byte for byte, and matrix runs must repeat exactly.
/// </summary>
internal static class BoxMuller
{
    public static double Next(Random random, ref double? spare)
    {
        if (spare is { } cached)
        {
            spare = null;
            return cached;
        }

        // Not security-sensitive: reproducible numbers are the point. 1 - NextDouble() lies in (0, 1]: a finite log.
#pragma warning disable CA5394
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
#pragma warning restore CA5394
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        var angle = 2.0 * Math.PI * u2;
        spare = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }
}
