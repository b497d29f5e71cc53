namespace ScalingDashboard.Web.Services;

/// <summary>
/// The life of one page's heavy work, shared by every page's service: one run at a time per page (a newer request
/// cancels the one still running), at most one per core on the server through the shared <see cref="AnalysisGate"/>,
/// a "queued" status while every slot is busy, Stop, and a failure turned into a status line rather than an
/// exception, so a page stays alive whatever its analysis threw. Cancelled, stopped and failed runs return null.
/// </summary>
public sealed class PageRun(AnalysisGate gate, string failurePrefix) : IDisposable
{
    private CancellationTokenSource? _current;

    /// <param name="onStatus">Called when the run is queued, runs, fails (on a worker thread); null: not told.</param>
    /// <param name="work">The run itself, given the token that Stop, a newer run or server shutdown cancels.</param>
    public async Task<T?> RunAsync<T>(Action<AnalysisStatus>? onStatus, string startText, Func<CancellationToken, Task<T>> work)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);
        var source = CancellationTokenSource.CreateLinkedTokenSource(gate.Stopping);
        if (Interlocked.Exchange(ref _current, source) is { } previous)
        {
            await previous.CancelAsync();
            previous.Dispose();
        }

        try
        {
            using var slot = await gate.EnterAsync(
                () => onStatus?.Invoke(new AnalysisStatus(AnalysisPhase.Queued, $"queued: the server runs {gate.Slots} analyses at a time and all are busy")),
                source.Token);
            onStatus?.Invoke(new AnalysisStatus(AnalysisPhase.Running, startText));
            var result = await work(source.Token);
            onStatus?.Invoke(AnalysisStatus.Idle);
            return result;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
#pragma warning disable CA1031 // A failing analysis must leave the page alive with a message, whatever it threw.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            onStatus?.Invoke(new AnalysisStatus(AnalysisPhase.Failed, $"{failurePrefix}: {failure.Message.ReplaceLineEndings(" ")}"));
            return null;
        }
        finally
        {
            // Whoever takes the source out of _current disposes it: this run when it ends, else Stop or a newer run.
            if (Interlocked.CompareExchange(ref _current, null, source) == source)
            {
                source.Dispose();
            }
        }
    }

    /// <summary>
    /// Runs CPU-bound analysis work on a thread of its own rather than a thread-pool worker. A bootstrap can compute
    /// for minutes; on a 2-core server two of those on pool workers, with the CPU busy, starve the pool (it adds
    /// workers slowly under load), and then every circuit's messages and timers wait behind them. The gate bounds
    /// how many such threads exist at once.
    /// </summary>
    public static Task<T> OnOwnThread<T>(Func<T> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Stops the run in flight (the Stop button, a page that goes away).</summary>
    /// <returns>True when a run was stopped.</returns>
    public bool Stop()
    {
        if (Interlocked.Exchange(ref _current, null) is not { } current)
        {
            return false;
        }

        current.Cancel();
        current.Dispose();
        return true;
    }

    public void Dispose() => Stop();
}
