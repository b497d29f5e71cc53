using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Runs a statistics view off the circuit's render thread for the Statistics page: one run per page (a newer request
/// cancels the older one), at most one per core server-wide through the shared <see cref="AnalysisGate"/>, with
/// progress lines and Stop. A stopped, superseded or failed run returns null; a failure is reported as a status.
/// </summary>
public sealed class StatisticsService(AnalysisGate gate) : IDisposable
{
    private CancellationTokenSource? _current;

    public async Task<StatisticsResult?> RunAsync(Leaderboard table, StatisticsSpec spec, StatisticsParts parts, Action<AnalysisStatus> onStatus)
    {
        ArgumentNullException.ThrowIfNull(onStatus);
        var source = CancellationTokenSource.CreateLinkedTokenSource(gate.Stopping);
        if (Interlocked.Exchange(ref _current, source) is { } previous)
        {
            await previous.CancelAsync();
            previous.Dispose();
        }

        try
        {
            using var slot = await gate.EnterAsync(
                () => onStatus(new AnalysisStatus(AnalysisPhase.Queued, $"queued: the server runs {gate.Slots} analyses at a time and all are busy")),
                source.Token);
            onStatus(new AnalysisStatus(AnalysisPhase.Running, "computing"));
            var progress = new ThrottledProgress(text => onStatus(new AnalysisStatus(AnalysisPhase.Running, text)));
            var result = await Task.Run(() => StatisticsRunner.Run(table, spec, parts, progress, source.Token), source.Token);
            onStatus(AnalysisStatus.Idle);
            return result;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
#pragma warning disable CA1031 // A failing statistic must leave the page alive with a message, whatever it threw.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            onStatus(new AnalysisStatus(AnalysisPhase.Failed, $"The statistics failed: {failure.Message.ReplaceLineEndings(" ")}"));
            return null;
        }
        finally
        {
            if (Interlocked.CompareExchange(ref _current, null, source) == source)
            {
                source.Dispose();
            }
        }
    }

    /// <summary>Stops the run in flight; true when there was one.</summary>
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

    /// <summary>At most one line every 100 ms: the page redraws on each.</summary>
    private sealed class ThrottledProgress(Action<string> report) : IProgress<string>
    {
        private long _last;

        public void Report(string value)
        {
            var now = Environment.TickCount64;
            if (now - Interlocked.Read(ref _last) >= 100)
            {
                Interlocked.Exchange(ref _last, now);
                report(value);
            }
        }
    }
}
