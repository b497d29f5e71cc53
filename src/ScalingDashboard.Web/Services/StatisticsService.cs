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
    private readonly PageRun _run = new(gate, "The statistics failed");

    public Task<StatisticsResult?> RunAsync(Leaderboard table, StatisticsSpec spec, StatisticsParts parts, Action<AnalysisStatus> onStatus)
    {
        ArgumentNullException.ThrowIfNull(onStatus);
        var progress = new ThrottledProgress<string>(text => onStatus(new AnalysisStatus(AnalysisPhase.Running, text)));
        return _run.RunAsync(onStatus, "computing", token => PageRun.OnOwnThread(() => StatisticsRunner.Run(table, spec, parts, progress, token), token));
    }

    /// <summary>Stops the run in flight; true when there was one.</summary>
    public bool Stop() => _run.Stop();

    public void Dispose() => _run.Dispose();
}
