using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Runs the Explorer's analysis off the circuit's render thread. A newer request cancels the one still running, so a
/// moving slider never queues stale fits; a cancelled run returns null and its result is never shown.
/// </summary>
/// <remarks>
/// Bootstrap bands take seconds for optimiser forms while the fits take milliseconds, so a run with bands is two
/// steps: the fits are handed to <c>onFits</c> as soon as they exist (the plot follows the slider), then the bands
/// are added. Dragging cancels the band step between resamples, so it never piles up work behind the slider.
/// </remarks>
public sealed class ExplorerRunner : IDisposable
{
    private CancellationTokenSource? _current;
    private (Leaderboard Table, ExplorerState Key, ExplorerResult Result)? _last;

    /// <param name="table">The dataset.</param>
    /// <param name="state">The view to compute.</param>
    /// <param name="onFits">Called with the fits before the bands are computed, when the view asks for bands.</param>
    /// <returns>The complete result, or null when a newer run superseded this one.</returns>
    public async Task<ExplorerResult?> RunAsync(Leaderboard table, ExplorerState state, Func<ExplorerResult, Task>? onFits = null)
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
            var result = await Task.Run(() => ExplorerAnalysis.RunFits(table, state, sweeps, size, token), token);
            // Remembered at once: the sweeps do not depend on the bands, and the next tick can reuse them.
            _last = (table, key, result);
            if (result.BandsPending)
            {
                if (onFits is not null)
                {
                    await onFits(result);
                }

                token.ThrowIfCancellationRequested();
                result = await Task.Run(() => ExplorerAnalysis.AddBands(result, token), token);
                _last = (table, key, result);
            }

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
