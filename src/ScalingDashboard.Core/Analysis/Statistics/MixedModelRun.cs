using ScalingDashboard.Core.Statistics.AdditiveModel;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>Turns the view's model choice into an <see cref="AdditiveModelRequest"/> and writes its formula as mgcv would.</summary>
internal static class MixedModelRun
{
    public static MixedModelOutcome? Fit(ResolvedStatistics resolved, MixedModelSpec spec, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        if (resolved.ModelY is not { } yColumn || resolved.ModelX is not { } xColumn)
        {
            return null;
        }

        var ys = ColumnValues.AsWritten(yColumn);
        var xs = ColumnValues.AsWritten(xColumn);
        var (x, y, random, by) = (new List<double>(), new List<double>(), new List<string>(), new List<string>());
        var leftOut = 0;
        for (var i = 0; i < ys.Length; i++)
        {
            var xi = spec.LogX ? Log(xs[i]) : xs[i];
            var yi = spec.LogY ? Log(ys[i]) : ys[i];
            var re = resolved.ModelRandom is { } r ? ColumnValues.Text(r, i) : "";
            var level = resolved.ModelBy is { } f ? ColumnValues.Text(f, i) : "";
            if (!double.IsFinite(xi) || !double.IsFinite(yi) || re is null || level is null)
            {
                leftOut++; // a log of 0 (an unknown size) or a missing group: counted, not fitted
                continue;
            }

            x.Add(xi);
            y.Add(yi);
            random.Add(re);
            by.Add(level);
        }

        progress?.Report($"additive mixed model on {x.Count} rows");
        var request = new AdditiveModelRequest(x, y, resolved.ModelRandom is null ? null : random, resolved.ModelBy is null ? null : by);
        var fit = AdditiveModel.Fit(request, cancellationToken);
        var xLabel = spec.LogX ? $"log({xColumn.Header})" : xColumn.Header;
        var yLabel = spec.LogY ? $"log({yColumn.Header})" : yColumn.Header;
        var smooth = resolved.ModelBy is { } byColumn ? $"s({xLabel}, bs=\"cr\", k=10, by={byColumn.Header}) + {byColumn.Header}" : $"s({xLabel}, bs=\"cr\", k=10)";
        var re2 = resolved.ModelRandom is { } randomColumn ? $" + s({randomColumn.Header}, bs=\"re\")" : "";
        var formula = $"{yLabel} ~ {smooth}{re2}";
        return new MixedModelOutcome(formula, xLabel, yLabel, fit with { LeftOut = fit.LeftOut + leftOut }, x);
    }

    /// <summary>Natural log; NaN for 0 and negatives, so those rows are left out rather than sent to -infinity.</summary>
    private static double Log(double value) => value > 0 ? Math.Log(value) : double.NaN;
}
