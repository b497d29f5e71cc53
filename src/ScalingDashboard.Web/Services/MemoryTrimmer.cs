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

    /// <summary>Allocation since the last trim that makes the end of a burst of analyses worth a trim.</summary>
    public const long HeavyWorkBytes = 64L * 1024 * 1024;

    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);

    // Allocation during the wait that means the server is busy again (a slider moving): the trim waits for quiet, so
    // its pause does not land in the middle of someone's interaction.
    private const long BusyBytes = 16L * 1024 * 1024;

    /// <summary>How often the trimmer looks for garbage no event announced (see <see cref="RequestAfterHeavyWork"/>).</summary>
    public static readonly TimeSpan DefaultWatchPeriod = TimeSpan.FromSeconds(30);

    private readonly Timer _timer;
    private readonly Timer _watch;
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly Func<long> _allocatedBytes;
    private DateTimeOffset _lastTrim = DateTimeOffset.MinValue;
    private bool _scheduled;
    private long _allocatedAtLastTrim;
    private long _allocatedWhenScheduled;

    /// <param name="time">The clock for the spacing between trims.</param>
    /// <param name="allocatedBytes">Bytes allocated so far by the process (the default); a test passes a counter of its own,
    /// since a test run's other tests keep the process too busy for a trim to ever find it quiet.</param>
    /// <param name="watchPeriod">How often to look whether much has been allocated since the last trim (default
    /// <see cref="DefaultWatchPeriod"/>): work no event announces (prerendered pages, exports, uploads that fail before
    /// they are read) leaves garbage too, and a server that then goes idle would keep it committed.</param>
    public MemoryTrimmer(TimeProvider time, Func<long>? allocatedBytes = null, TimeSpan? watchPeriod = null)
    {
        _time = time;
        _allocatedBytes = allocatedBytes ?? (() => GC.GetTotalAllocatedBytes());
        _timer = new Timer(_ => Trim(), null, Timeout.Infinite, Timeout.Infinite);
        var period = watchPeriod ?? DefaultWatchPeriod;
        _watch = new Timer(_ => RequestAfterHeavyWork(), null, period, period);
    }

    /// <summary>How many trims ran (for tests and diagnostics).</summary>
    public int Trims { get; private set; }

    /// <summary>
    /// Asks for a trim when the work since the last one allocated more than <see cref="HeavyWorkBytes"/>: an analysis of
    /// a large table (a sweep refits every threshold) leaves hundreds of megabytes of garbage, and a server at rest
    /// would otherwise keep that memory until the next burst of work.
    /// </summary>
    public void RequestAfterHeavyWork()
    {
        if (_allocatedBytes() - Volatile.Read(ref _allocatedAtLastTrim) > HeavyWorkBytes)
        {
            Request();
        }
    }

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
            Schedule(_lastTrim + Spacing - _time.GetUtcNow());
        }
    }

    private void Schedule(TimeSpan due)
    {
        _allocatedWhenScheduled = _allocatedBytes();
        _timer.Change(due > Delay ? due : Delay, Timeout.InfiniteTimeSpan);
    }

    private void Trim()
    {
        lock (_lock)
        {
            if (_allocatedBytes() - _allocatedWhenScheduled > BusyBytes)
            {
                Schedule(Delay);
                return;
            }
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        lock (_lock)
        {
            _scheduled = false;
            _lastTrim = _time.GetUtcNow();
            Volatile.Write(ref _allocatedAtLastTrim, _allocatedBytes());
            Trims++;
        }
    }

    public void Dispose()
    {
        _watch.Dispose();
        _timer.Dispose();
    }
}
