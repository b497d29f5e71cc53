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
    private (Leaderboard Table, ExplorerState Key, ExplorerResult Result)? _last;

    public async Task<ExplorerResult?> RunAsync(Leaderboard table, ExplorerState state)
    {
        var previous = Interlocked.Exchange(ref _current, new CancellationTokenSource());
        if (previous is not null)
        {
            await previous.CancelAsync();
            previous.Dispose();
        }

        var token = _current!.Token;
        var key = ExplorerAnalysis.SweepKey(state);
        var same = _last is { } last && ReferenceEquals(last.Table, table) && last.Key == key;
        var sweeps = same ? _last!.Value.Result.Sweeps : null;
        var size = same && _last!.Value.Result.State.ActiveParameters == state.ActiveParameters ? _last.Value.Result.Size : null;
        try
        {
            var result = await Task.Run(() => ExplorerAnalysis.Run(table, state, sweeps, size, token), token);
            _last = (table, key, result);
            return result;
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
