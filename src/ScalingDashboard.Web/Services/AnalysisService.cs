using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Runs the shared analysis off the circuit's render thread, for any page. A newer request cancels the one still
/// running, so a moving slider never queues stale fits; a cancelled run returns null and its result is never shown.
/// </summary>
/// <remarks>
/// Bootstrap bands take seconds for optimiser forms while the fits take milliseconds, so a run with bands is two
/// steps: the fits are handed to <c>onFits</c> as soon as they exist (the plot follows the slider), then the bands
/// are added. Sweeps and the size view are reused while only what they do not depend on changes.
/// </remarks>
public sealed class AnalysisService : IDisposable
{
    private CancellationTokenSource? _current;
    private (Leaderboard Table, AnalysisResult Result)? _last;

    /// <returns>The complete result, or null when a newer run superseded this one.</returns>
    public async Task<AnalysisResult?> RunAsync(Leaderboard table, AnalysisSpec spec, Func<AnalysisResult, Task>? onFits = null)
    {
        var previous = Interlocked.Exchange(ref _current, new CancellationTokenSource());
        if (previous is not null)
        {
            await previous.CancelAsync();
            previous.Dispose();
        }

        var token = _current!.Token;
        var reuse = _last is { } last && ReferenceEquals(last.Table, table) ? last.Result : null;
        try
        {
            var result = await Task.Run(() => AnalysisRunner.RunFits(table, spec, AnalysisParts.All, reuse, token), token);
            // Remembered at once: the sweeps do not depend on the bands, and the next tick can reuse them.
            _last = (table, result);
            if (result.BandsPending)
            {
                if (onFits is not null)
                {
                    await onFits(result);
                }

                token.ThrowIfCancellationRequested();
                result = await Task.Run(() => AnalysisRunner.AddBands(table, result, token), token);
                _last = (table, result);
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
