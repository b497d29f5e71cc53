namespace ScalingDashboard.Core.Tests.TestSupport;

/// <summary>
/// An <see cref="IProgress{T}"/> that records every report on the reporting thread, in order (the framework's
/// <see cref="Progress{T}"/> posts them to a context later), and optionally acts on each: a test cancels its run from
/// here, so where the run stops is decided by the run's own reports, not by a clock.
/// </summary>
internal sealed class RecordingProgress<T>(Action<T>? onReport = null) : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
