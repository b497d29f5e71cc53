namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// A benchmark's chance level as an analysis sets it: a value, or "estimate it from the weakest runs"
/// (<see cref="Value"/> null, written <c>est</c> in links).
/// </summary>
public sealed record ChanceLevelSetting
{
    public ChanceLevelSetting(string benchmark, double? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(benchmark);
        // Q' divides by 1 - Qrandom, so 1 and above cannot normalise anything.
        if (value is { } v && !(v >= 0 && v < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A chance level lies in [0, 1).");
        }

        Benchmark = benchmark;
        Value = value;
    }

    public string Benchmark { get; }

    /// <summary>The chance level, or null to estimate it from the runs under 1e17 FLOPs.</summary>
    public double? Value { get; }
}
