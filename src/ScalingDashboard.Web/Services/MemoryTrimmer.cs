using System.Runtime;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Hands memory back to the machine after the events that leave a lot of garbage behind: reading a large table (the
/// parse allocates several times the table it keeps), a table leaving the cache, a browser closing its pages. The
/// garbage collector keeps what it once grew to as long as the machine has memory to spare, so after one 20 MB upload
/// a server sat at several times its working set for good. A compacting, decommitting collection a few seconds after
/// such an event (once at most per <see cref="Spacing"/>, so a busy minute pays for one) brings it back near what is live.
/// </summary>
public sealed class MemoryTrimmer : IDisposable
{
    /// <summary>The least time between two trims: a full, compacting collection pauses every page for a moment.</summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _lastTrim = DateTimeOffset.MinValue;
    private bool _scheduled;

    public MemoryTrimmer(TimeProvider time)
    {
        _time = time;
        _timer = new Timer(_ => Trim(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>How many trims ran (for tests and diagnostics).</summary>
    public int Trims { get; private set; }

    /// <summary>Asks for a trim soon; several requests close together make one.</summary>
    public void Request()
    {
        lock (_lock)
        {
            if (_scheduled)
            {
                return;
            }

            _scheduled = true;
            var due = _lastTrim + Spacing - _time.GetUtcNow();
            _timer.Change(due > Delay ? due : Delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void Trim()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        lock (_lock)
        {
            _scheduled = false;
            _lastTrim = _time.GetUtcNow();
            Trims++;
        }
    }

    public void Dispose() => _timer.Dispose();
}
