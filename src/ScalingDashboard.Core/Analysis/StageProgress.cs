namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// Counts one stage of a run and forwards <see cref="AnalysisProgress"/> at a bounded rate: when an item (a fit)
/// starts, after every <see cref="AnalysisProgress.ReportsPerStage"/>-th part of the stage, and at its end. Inner
/// loops (a bootstrap's resamples, a sweep's thresholds) report each unit; the rate limit lives here.
/// </summary>
internal sealed class StageProgress(IProgress<AnalysisProgress>? sink, AnalysisStage stage, int total)
{
    private readonly int _step = Math.Max(1, total / AnalysisProgress.ReportsPerStage);
    private int _done;
    private AnalysisProgress? _last;
    private string? _benchmark;
    private string? _form;

    /// <summary>An item of <paramref name="units"/> starts: reports where the stage stands and what now runs.</summary>
    public Item Start(string? benchmark, string? form, int units)
    {
        (_benchmark, _form) = (benchmark, form);
        Report(force: true);
        return new Item(this, _done, units);
    }

    private void Advance(int done)
    {
        if (done > _done)
        {
            _done = Math.Min(done, total);
            Report(force: _done == total);
        }
    }

    private void Report(bool force)
    {
        if (sink is null || (!force && _last is not null && _done - _last.Done < _step))
        {
            return;
        }

        var now = new AnalysisProgress(stage, _benchmark, _form, _done, total);
        if (now != _last)
        {
            _last = now;
            sink.Report(now);
        }
    }

    /// <summary>The units of one item, counted from where the stage stood when it started.</summary>
    internal sealed class Item(StageProgress stage, int offset, int units) : IProgress<int>
    {
        /// <summary><paramref name="value"/> of the item's units are done.</summary>
        public void Report(int value) => stage.Advance(offset + Math.Clamp(value, 0, units));

        /// <summary>The item is over, however many of its units ran (a bootstrap whose full fit failed runs none).</summary>
        public void Complete() => stage.Advance(offset + units);
    }
}
