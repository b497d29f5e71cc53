using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Plots;

/// <summary>
/// The runs of a loss-law fit as the law saw them: parameters N and tokens D (one of them derived from C = 6ND when the
/// table gives compute), the observed loss, and C = 6ND. Rows the fit could not take (no positive N or D) are left out.
/// </summary>
public sealed record AllocationRuns(
    IReadOnlyList<double> Parameters,
    IReadOnlyList<double> Tokens,
    IReadOnlyList<double> Loss,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> HoverLines)
{
    public IReadOnlyList<double> Compute { get; } = Parameters.Zip(Tokens, (n, d) => ComputeOptimal.FlopsPerParameterToken * n * d).ToList();

    /// <summary>The runs behind <paramref name="fit"/>, through the same request the fit was made from; null when none is usable.</summary>
    public static AllocationRuns? From(BenchmarkData data, AnalysisSpec spec, BenchmarkFit fit)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(fit);
        if (!fit.Succeeded)
        {
            return null;
        }

        var request = BenchmarkFitter.Request(data, spec, fit.Form, out _);
        var law = LossLaw.FromFit(fit.Evaluation!.Fit);
        var keep = Enumerable.Range(0, request.X.Count)
            .Where(i => request.X2 is { } d && Positive(request.X[i]) && Positive(d[i]) && double.IsFinite(request.Y[i]))
            .ToList();
        if (keep.Count == 0)
        {
            return null;
        }

        var n = keep.Select(i => request.X[i]).ToList();
        var d = keep.Select(i => request.X2![i]).ToList();
        var hover = keep.Select((i, k) => string.Join('\n',
            $"C = 6ND: {PlotNumber.Text(ComputeOptimal.FlopsPerParameterToken * n[k] * d[k], PlotUnit.Flops)}",
            $"N: {PlotNumber.Text(n[k], PlotUnit.Parameters)}, D: {PlotNumber.Text(d[k], PlotUnit.Tokens)}",
            $"loss {PlotNumber.Plain(request.Y[i])}, law {PlotNumber.Plain(law.Loss(n[k], d[k]))}")).ToList();
        return new AllocationRuns(n, d, keep.Select(i => request.Y[i]).ToList(),
            keep.Select(i => request.Labels is { } l && i < l.Count ? l[i] : $"row {i + 1}").ToList(), hover);
    }

    private static bool Positive(double v) => v > 0 && double.IsFinite(v);
}
