using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Runs the shared analysis off the circuit's render thread, for any page: one run per page at a time (a newer
/// request cancels the one still running, so a moving slider never queues stale fits), and at most one per core on
/// the whole server (<see cref="AnalysisGate"/>). A cancelled run returns null and its result is never shown.
/// </summary>
/// <remarks>
/// Bootstrap bands take seconds for optimiser forms while the fits take milliseconds, so a run with bands is two
/// steps: the fits are handed to <c>onFits</c> as soon as they exist (the plot follows the slider), then the bands
/// are added. Sweeps and the size view are reused while only what they do not depend on changes.
/// </remarks>
public sealed class AnalysisService : IDisposable
{
    private readonly AnalysisGate _gate;
    private readonly bool _ownsGate;
    private readonly PageRun _run;
    private (Leaderboard Table, AnalysisResult Result)? _last;

    /// <summary>A service with its own one-slot gate (tests, the consistency check).</summary>
    public AnalysisService()
        : this(new AnalysisGate(1))
    {
        _ownsGate = true;
    }

    public AnalysisService(AnalysisGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        _gate = gate;
        _run = new PageRun(gate, "The analysis failed");
    }

    /// <param name="onFits">Called with the fits while the bands are still being computed.</param>
    /// <param name="onStatus">Called when the run is queued, runs, fails or is stopped (on a worker thread).</param>
    /// <returns>The complete result, or null when the run was stopped, superseded or failed.</returns>
    public Task<AnalysisResult?> RunAsync(Leaderboard table, AnalysisSpec spec,
        Func<AnalysisResult, Task>? onFits = null, Action<AnalysisStatus>? onStatus = null)
    {
        var reuse = _last is { } last && ReferenceEquals(last.Table, table) ? last.Result : null;
        return _run.RunAsync(onStatus, "fitting", async token =>
        {
            var progress = onStatus is null ? null : new StatusProgress(onStatus);
            var result = await PageRun.OnOwnThread(() => AnalysisRunner.RunFits(table, spec, AnalysisParts.All, reuse, progress, token), token);
            // Remembered at once: the sweeps do not depend on the bands, and the next tick can reuse them.
            _last = (table, result);
            if (result.BandsPending)
            {
                if (onFits is not null)
                {
                    await onFits(result);
                }

                token.ThrowIfCancellationRequested();
                onStatus?.Invoke(new AnalysisStatus(AnalysisPhase.Running, "bootstrap bands and intervals"));
                result = await PageRun.OnOwnThread(() => AnalysisRunner.AddBands(table, result, progress, token), token);
                _last = (table, result);
            }

            return result;
        });
    }

    /// <summary>Stops the run in flight, if any (the Stop button, a page that goes away).</summary>
    /// <returns>True when a run was stopped.</returns>
    public bool Stop() => _run.Stop();

    public void Dispose()
    {
        _run.Dispose();
        if (_ownsGate)
        {
            _gate.Dispose();
        }
    }

    /// <summary>Progress as status lines, at most one every 100 ms (the page redraws on each), plus every stage's end.
    /// Not <see cref="Progress{T}"/>: that would post to the circuit's context, which the page does itself.</summary>
    private sealed class StatusProgress(Action<AnalysisStatus> onStatus) : IProgress<AnalysisProgress>
    {
        private long _last;

        public void Report(AnalysisProgress value)
        {
            var now = Environment.TickCount64;
            if (value.Done < value.Total && now - Interlocked.Read(ref _last) < 100)
            {
                return;
            }

            Interlocked.Exchange(ref _last, now);
            onStatus(new AnalysisStatus(AnalysisPhase.Running, value.Text));
        }
    }
}
