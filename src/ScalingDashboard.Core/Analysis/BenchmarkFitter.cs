using System.Globalization;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Analysis;

/// <summary>Fits one form to one benchmark's points under the analysis's holdout rule, and bootstraps it.</summary>
public static class BenchmarkFitter
{
    private const int CurvePoints = 120;

    /// <summary>
    /// Fits <paramref name="form"/> under the holdout rule; <paramref name="cancellationToken"/> is checked inside the
    /// form's optimiser (<see cref="FitRequest.Cancellation"/>).
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static BenchmarkFit Fit(BenchmarkData data, IFitForm form, AnalysisSpec spec, RowCondition? holdout, bool withInverse = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(spec);
        if (form is ITwoInputFitForm twoInput && data.X2 is null)
        {
            return Failed(data, form, $"{form.DisplayName} needs a second x column ({twoInput.SecondInputDescription}); choose it under 'second x'.");
        }

        var request = Request(data, spec, form, out var reasons) with { Cancellation = cancellationToken };
        var leftOut = reasons is null ? null : $"{form.Id} on {data.Benchmark}: {reasons}; left out.";
        var usable = Usable(request);
        if (usable < 3)
        {
            // Say why rows went in the failure itself: "only 0 models" alone would hide a wrong column.
            var why = reasons is null
                ? $"Only {usable} models have every value this form needs; a fit needs at least 3."
                : $"{reasons}; a fit needs at least 3 usable rows, found {usable}.";
            return Failed(data, form, why) with { LeftOut = leftOut };
        }

        var split = Split(data, spec, holdout);
        HoldoutEvaluation evaluation;
        try
        {
            evaluation = HoldoutEvaluation.Evaluate(form, request, split);
            if (DerivedInputsNote(data, form, spec) is { } derived)
            {
                evaluation = evaluation with { Fit = evaluation.Fit with { Message = $"{derived} {evaluation.Fit.Message}" } };
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            // The form refused the data (e.g. no point above the margin): say why, keep the rest of the analysis.
            return Failed(data, form, ex.Message) with { LeftOut = leftOut };
        }

        var fittedMax = evaluation.Points.Where(p => p.Set == PointSet.Train).Select(p => p.X).DefaultIfEmpty(double.NaN).Max();
        var fit = new BenchmarkFit(data.Benchmark, form, evaluation, null, [], [], fittedMax) { Split = split.Description, LeftOut = leftOut };
        if (!evaluation.Fit.Converged)
        {
            return fit;
        }

        if (withInverse)
        {
            fit = fit with { Inverse = PointInverses(form, evaluation.Fit, spec.Invert) };
        }

        if (form is ITwoInputFitForm)
        {
            // No single curve in x: the plot shows the prediction at each run instead.
            return fit;
        }

        var (curveX, curveY) = Curve(form, evaluation.Fit.Values, data.X.Min(), data.X.Max());
        return fit with { CurveX = curveX, CurveY = curveY };
    }

    /// <summary>
    /// The request of one form: the benchmark's points and chance level, and the second input for two-input forms,
    /// where a missing or non-positive value (every such form takes its log), or one the form refuses (pass@k: k not a
    /// whole number >= 1), is left out and counted in <paramref name="reasons"/> ("2 of 40 rows have ...").
    /// </summary>
    public static FitRequest Request(BenchmarkData data, AnalysisSpec spec, IFitForm form, out string? reasons)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(form);
        reasons = null;
        IReadOnlyList<double>? x2 = null;
        if (form is ITwoInputFitForm twoInput && data.X2 is { } raw)
        {
            var name = spec.X2 ?? "second x";
            var positive = raw.Select(v => double.IsFinite(v) && v > 0 ? v : double.NaN).ToArray();
            var found = new List<string>(2);
            var bad = positive.Count(double.IsNaN);
            if (bad > 0)
            {
                found.Add(string.Create(CultureInfo.InvariantCulture, $"{bad} of {raw.Count} rows have no positive {name} value"));
            }

            if (SecondInputCheck.Refused(twoInput, positive, name) is { } refused)
            {
                found.Add(refused);
            }

            reasons = found.Count == 0 ? null : string.Join("; ", found);
            x2 = positive.Select(v => twoInput.AcceptsSecondInput(v) ? v : double.NaN).ToArray();
        }

        IReadOnlyList<double> x = data.X;
        if (DerivesFromCompute(data, form) && x2 is not null)
        {
            // The loss law takes N and D: with x = compute, the missing one comes from C = 6ND (said in the fit's message).
            var knownIsParameters = data.X2Role is not ColumnRole.TrainingTokens;
            (x, x2) = ComputeInputs.Derive(data.X, x2, knownIsParameters);
        }

        return new FitRequest(x, data.Y) { Labels = data.Labels, QRandom = data.QRandom, Margin = spec.Margin, X2 = x2 };
    }

    /// <summary>
    /// The note a fit carries when its N or D was derived from C = 6ND, or null. The fit's x is then N (not C), so a
    /// holdout threshold on x applies to N; a condition on columns is unaffected.
    /// </summary>
    public static string? DerivedInputsNote(BenchmarkData data, IFitForm form, AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        if (!DerivesFromCompute(data, form))
        {
            return null;
        }

        var derived = data.X2Role is ColumnRole.TrainingTokens ? "parameters N" : "tokens D";
        return $"{derived} derived from C = 6ND (C = '{spec.X}', {(data.X2Role is ColumnRole.TrainingTokens ? "D" : "N")} = '{spec.X2}'); x in the fit is N.";
    }

    private static bool DerivesFromCompute(BenchmarkData data, IFitForm form) =>
        form is LossParamsTokensForm && data.X2 is not null && ComputeInputs.CanDerive(data.XRole, data.X2Role);

    /// <summary>
    /// The holdout of an analysis: validation on the rows the condition picks and training on the others from the
    /// lower end of the range, or by threshold on x when there is no condition (every row trains when neither).
    /// </summary>
    public static HoldoutSplit Split(BenchmarkData data, AnalysisSpec spec, RowCondition? holdout)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        var trainMin = spec.Holdout.TrainMin ?? double.NegativeInfinity;
        return holdout is null
            ? HoldoutSplit.ByThreshold(spec.Holdout.Threshold ?? double.PositiveInfinity, trainMin)
            : HoldoutSplit.ByCondition(holdout, i => data.Rows[i], trainMin);
    }

    /// <summary>
    /// <paramref name="fit"/> with its bootstrap: the rows the split trains on (the form's own margin rule applies in
    /// every refit, as in the fit itself) are resampled with the analysis's seed, whole groups when it is grouped.
    /// Bands at the curve, a report grid and every point; intervals for the inverse predictions.
    /// </summary>
    /// <param name="fit">The converged fit to band.</param>
    /// <param name="data">Its benchmark's points.</param>
    /// <param name="spec">The analysis (bootstrap size and seed, grouping, scores to invert).</param>
    /// <param name="holdout">The analysis's holdout condition, if any.</param>
    /// <param name="progress">Told the number of resamples done after each one.</param>
    /// <param name="cancellationToken">Checked before every resample and inside every refit.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static BenchmarkFit WithBands(BenchmarkFit fit, BenchmarkData data, AnalysisSpec spec, RowCondition? holdout,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        var request = Request(data, spec, fit.Form, out _);
        var split = Split(data, spec, holdout);
        var train = Enumerable.Range(0, data.X.Count).Where(i => split.Assign(i, data.X[i]) == PointSet.Train).ToList();
        var oneInput = fit.Form is not ITwoInputFitForm;
        var grid = oneInput && data.X.Count > 0 && data.X.Max() > data.X.Min()
            ? ThresholdSweep.GeometricGrid(data.X.Min(), data.X.Max(), FitBands.GridPoints)
            : [];
        IReadOnlyList<double> at = [.. fit.CurveX, .. grid, .. data.X];
        var at2 = oneInput ? null : request.X2;
        var groups = spec.GroupBy is null ? null : train.Select(i => data.ResampleGroups[i]).ToList();
        var invert = fit.Form.IsInvertible ? spec.Invert : [];
        var options = new BootstrapOptions(spec.Bootstrap.ResamplesFor(fit.Form.Id), spec.Bootstrap.Seed, at, at2, Groups: groups, InvertAt: invert);
        try
        {
            var result = Bootstrap.Run(fit.Form, request.Subset(train), options, progress, cancellationToken);
            return fit with { Bands = new FitBands(result, fit.CurveX.Count, grid.Count), Inverse = result.Inverse };
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            return fit;
        }
    }

    /// <summary>x read off the fit at each score: the calibration interval of the log-linear form, the point alone otherwise.</summary>
    public static IReadOnlyList<InverseInterval> PointInverses(IFitForm form, FitResult fit, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(scores);
        if (!form.IsInvertible)
        {
            return [];
        }

        return scores.Select(y =>
        {
            if (fit.FormId == "log-linear" && InversePrediction.FromLogLinear(fit, y) is { } calibrated)
            {
                return new InverseInterval(y, calibrated.X, calibrated.Lower, calibrated.Upper, 0);
            }

            var x = form.TryInvert(fit.Values, y, out var found) ? found : double.NaN;
            return new InverseInterval(y, x, double.NaN, double.NaN, 0);
        }).ToArray();
    }

    private static BenchmarkFit Failed(BenchmarkData data, IFitForm form, string why) => new(data.Benchmark, form, null, why, [], [], double.NaN);

    private static int Usable(FitRequest request)
    {
        var count = 0;
        for (var i = 0; i < request.X.Count; i++)
        {
            count += request.X2 is null || double.IsFinite(request.X2[i]) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The fitted curve on a log grid spanning the data, a little past both ends.</summary>
    private static (double[] X, double[] Y) Curve(IFitForm form, IReadOnlyList<double> parameters, double min, double max)
    {
        var lo = Math.Log10(min) - 0.1;
        var hi = Math.Log10(max) + 0.3;
        var x = new double[CurvePoints];
        var y = new double[CurvePoints];
        for (var i = 0; i < CurvePoints; i++)
        {
            x[i] = Math.Pow(10, lo + (hi - lo) * i / (CurvePoints - 1));
            y[i] = form.Evaluate(parameters, x[i]);
        }

        return (x, y);
    }
}
