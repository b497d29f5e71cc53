using System.Globalization;
using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Runs a matrix-completion view for the Matrix page off the render thread, through the shared <see cref="PageRun"/>:
/// one run per page, gated server-wide, with training progress ("MF split 2/5 · epoch 140/300") and Stop.
/// </summary>
public sealed class MatrixService(AnalysisGate gate) : IDisposable
{
    private readonly PageRun _run = new(gate, "The matrix completion failed");

    /// <param name="taskFactorTable">The table the spec's task factors come from (one row per task), or null.</param>
    public Task<MatrixResult?> RunAsync(Leaderboard table, Leaderboard? taskFactorTable, MatrixSpec spec, Action<AnalysisStatus> onStatus)
    {
        ArgumentNullException.ThrowIfNull(onStatus);
        var progress = new ThrottledProgress<MatrixProgress>(p => onStatus(new AnalysisStatus(AnalysisPhase.Running, Describe(p))));
        return _run.RunAsync(onStatus, "training",
            token => PageRun.OnOwnThread(() => MatrixRunner.Run(table, null, taskFactorTable, spec, progress, token), token));
    }

    public bool Stop() => _run.Stop();

    public void Dispose() => _run.Dispose();

    private static string Describe(MatrixProgress p) =>
        p.Epochs > 0 ? string.Create(CultureInfo.InvariantCulture, $"{p.Stage} · epoch {p.Epoch}/{p.Epochs}") : p.Stage;
}
