namespace ScalingDashboard.Core.Analysis;

/// <summary>A seeded bootstrap over runs (whole groups when the analysis is grouped); 0 resamples is off.</summary>
public sealed record BootstrapSettings
{
    /// <summary>The Explorer's band: enough for a 95% band to settle, quick enough to follow a slider.</summary>
    public const int DefaultResamples = 200;

    public const int MaxResamples = 100_000;

    public const int DefaultSeed = 20251209;

    private readonly int _resamples;

    public static BootstrapSettings Off { get; } = new();

    public int Resamples
    {
        get => _resamples;
        init => _resamples = value is >= 0 and <= MaxResamples
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Resamples), value, $"Between 0 and {MaxResamples}.");
    }

    public int Seed { get; init; } = DefaultSeed;

    public bool IsOn => Resamples > 0;
}
