namespace ScalingDashboard.Web.Services;

/// <summary>
/// The server's bound on heavy work: at most one analysis per core runs at a time across every page and circuit,
/// the rest wait in a visible "queued" state. Every run's token is tied to the host's shutdown, so SIGTERM stops the
/// work in flight instead of waiting for it.
/// </summary>
public sealed class AnalysisGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stopping = new();
    private int _waiting;

    public AnalysisGate()
        : this(Environment.ProcessorCount)
    {
    }

    public AnalysisGate(int slots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        Slots = slots;
        _slots = new SemaphoreSlim(slots, slots);
    }

    /// <summary>How many analyses may run at once (the number of cores by default).</summary>
    public int Slots { get; }

    /// <summary>Runs waiting for a slot now, for the "queued" message.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Raised when the last running analysis ends with none waiting: the moment to tidy up after a burst of work.</summary>
    public event Action? Idle;

    /// <summary>Cancelled when the host stops; runs link their own token to it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Waits for a free slot; <paramref name="onQueued"/> is called once if the wait is not immediate.</summary>
    /// <returns>The slot; dispose it to give it back.</returns>
    public async Task<IDisposable> EnterAsync(Action? onQueued, CancellationToken token)
    {
        if (!_slots.Wait(0, CancellationToken.None))
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                onQueued?.Invoke();
                await _slots.WaitAsync(token).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        return new Slot(this);
    }

    /// <summary>Cancels every run, now and later (the host is stopping).</summary>
    public void StopAll() => _stopping.Cancel();

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _slots.Dispose();
    }

    private void Release()
    {
        var free = _slots.Release() + 1;
        if (free == Slots && Waiting == 0)
        {
            Idle?.Invoke();
        }
    }

    private sealed class Slot(AnalysisGate gate) : IDisposable
    {
        private AnalysisGate? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
