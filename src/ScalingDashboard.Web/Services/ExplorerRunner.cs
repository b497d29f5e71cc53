using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Runs the Explorer's analysis off the circuit's render thread. A newer request cancels the one still running, so a
/// moving slider never queues stale fits; a cancelled run returns null and its result is never shown.
/// </summary>
public sealed class ExplorerRunner : IDisposable
{
    private CancellationTokenSource? _current;

    public async Task<ExplorerResult?> RunAsync(Leaderboard table, ExplorerState state)
    {
        var previous = Interlocked.Exchange(ref _current, new CancellationTokenSource());
        if (previous is not null)
        {
            await previous.CancelAsync();
            previous.Dispose();
        }

        var token = _current!.Token;
        try
        {
            return await Task.Run(() => ExplorerAnalysis.Run(table, state, token), token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _current?.Cancel();
        _current?.Dispose();
    }
}
