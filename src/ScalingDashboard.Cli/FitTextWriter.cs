using System.Globalization;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Reporting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Cli;

/// <summary>Writes one fit for people: summary lines, a parameter table, metrics, then every point.</summary>
internal static class FitTextWriter
{
    public static void Write(FitReport report, TextWriter stdout)
    {
        var form = report.Fit.Form;
        var evaluation = report.Fit.Evaluation!;
        var fit = evaluation.Fit;
        stdout.WriteLine($"Form:       {form.Id} ({form.DisplayName})");
        stdout.WriteLine($"Formula:    {form.Formula}");
        stdout.WriteLine($"Data:       {report.DataPath}: x = {report.XColumn}{(report.X2Column is null ? "" : $", x2 = {report.X2Column}")}, y = {report.Data.Benchmark}, {Count(report.RowCount)} rows");
        if (report.Data.ChanceLevel is { } chance)
        {
            stdout.WriteLine($"Chance:     Qrandom {FitCommand.Format(chance.Value)} ({chance.Explanation})");
        }

        stdout.WriteLine($"Split:      {report.Fit.Split}");
        stdout.WriteLine($"Fit:        {(fit.Converged ? "converged" : "FAILED")}. {fit.Message}");
        stdout.WriteLine();

        var parameters = new TextTable("Parameter", ">Value", ">Std. error", "Note");
        foreach (var p in fit.Parameters)
        {
            var note = p.AtBound ? "at bound" : IsSetting(form, p.Name) ? "setting" : "";
            parameters.Add(p.Name, FitCommand.Format(p.Value), FitCommand.Format(p.StandardError ?? double.NaN), note);
        }

        parameters.Write(stdout);
        if (fit.Linear is { } line)
        {
            stdout.WriteLine();
            stdout.WriteLine($"Line in the linearised space: slope {FitCommand.Format(line.Slope)} ± {FitCommand.Format(line.SlopeStandardError)}, "
                + $"intercept {FitCommand.Format(line.Intercept)} ± {FitCommand.Format(line.InterceptStandardError)}, R² {FitCommand.Format(line.RSquared)}");
            if (fit.FormId == LogAccuracyPowerLawForm.FormId)
            {
                // Seed 003 Table 11 prints e^slope under "A" and the intercept under "alpha"; show that reading.
                stdout.WriteLine($"Seed Table 11 reading: \"A\" = e^slope = {FitCommand.Format(Math.Exp(line.Slope))}, \"alpha\" = intercept = {FitCommand.Format(line.Intercept)}");
            }
        }

        if (fit.InformationCriteria is { } criteria)
        {
            stdout.WriteLine();
            stdout.WriteLine($"Gaussian likelihood in {criteria.Space} space: AIC {FitCommand.Format(criteria.Aic)}, BIC {FitCommand.Format(criteria.Bic)} "
                + $"(n {Count(criteria.Count)}, k {Count(criteria.ParameterCount)}; compare only fits in the same space on the same points)");
        }

        stdout.WriteLine();
        var metrics = new TextTable("Set", ">n", ">MAE", ">MRE", ">RMSE", ">R²");
        AddMetrics(metrics, "train", evaluation.Train);
        AddMetrics(metrics, "validation", evaluation.Validation);
        metrics.Write(stdout);
        WriteDiagnostics(fit, stdout);
        WriteBootstrap(report, stdout);
        WriteOptimal(report, stdout);
        if (report.Fit.Inverse.Count > 0)
        {
            stdout.WriteLine();
            foreach (var inverse in report.Fit.Inverse)
            {
                stdout.WriteLine($"Inverse: score {FitCommand.Format(inverse.Y)} -> x {FitCommand.Format(inverse.X)} "
                    + $"[{FitCommand.Format(inverse.Lower)}, {FitCommand.Format(inverse.Upper)}]");
            }
        }

        stdout.WriteLine();
        var bootstrap = report.Fit.Bands;
        var points = bootstrap is null
            ? new TextTable("Label", ">x", ">y", ">Predicted", ">Residual", "Set")
            : new TextTable("Label", ">x", ">y", ">Predicted", ">Residual", "Set", ">Lower", ">Upper");
        foreach (var point in evaluation.Points)
        {
            string[] cells = [point.Label ?? "", FitCommand.Format(point.X), FitCommand.Format(point.Y), FitCommand.Format(point.Predicted),
                FitCommand.Format(point.Y - point.Predicted), FitJson.SetName(point.Set)];
            if (bootstrap is not null)
            {
                var interval = bootstrap.AtPoint(point.Index);
                cells = [.. cells, FitCommand.Format(interval.PredictionLower), FitCommand.Format(interval.PredictionUpper)];
            }

            points.Add(cells);
        }

        points.Write(stdout);
    }

    /// <summary>How the optimiser got there (the same record as `diagnostics` in --json); nothing for closed-form fits.</summary>
    private static void WriteDiagnostics(FitResult fit, TextWriter stdout)
    {
        if (fit.Diagnostics is not { } diagnostics)
        {
            return;
        }

        stdout.WriteLine();
        var bound = diagnostics.AtBound.Count == 0 ? "none" : string.Join(", ", diagnostics.AtBound);
        stdout.WriteLine($"Optimiser:  {Count(diagnostics.StartsAtBest)} of {Count(diagnostics.Starts)} starts reached the best objective; at a bound: {bound}");
        if (diagnostics.Spread.Count > 0)
        {
            stdout.WriteLine("  spread among starts within 1% of the best: "
                + string.Join("; ", diagnostics.Spread.Select(p => $"{p.Name} {FitCommand.Format(p.Min)} to {FitCommand.Format(p.Max)}")));
        }

        foreach (var warning in diagnostics.Warnings)
        {
            stdout.WriteLine($"  warning: {warning}");
        }
    }

    private static void WriteBootstrap(FitReport report, TextWriter stdout)
    {
        if (report.Fit.Bands is not { } bootstrap)
        {
            return;
        }

        var result = bootstrap.Result;
        var unit = report.Spec.GroupBy is null ? "models" : $"families ('{report.Spec.GroupBy}')";
        var level = (result.Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture);
        stdout.WriteLine();
        stdout.WriteLine($"Bootstrap:  {Count(result.Resamples)} resamples of {unit}, seed {Count(report.Spec.Bootstrap.Seed)}, {Count(result.Converged)} refits converged; {level}% percentile intervals");
        foreach (var p in result.Parameters)
        {
            stdout.WriteLine($"  {p.Name}: [{FitCommand.Format(p.Lower)}, {FitCommand.Format(p.Upper)}]");
        }

        if (result.Intervals.Count > 0)
        {
            // The same numbers as `intervals` in --json: every parameter (and derived quantity) at 80% and 95%.
            var ranges = new TextTable("Parameter", ">Value", ">80% lower", ">80% upper", ">95% lower", ">95% upper");
            foreach (var r in result.Intervals)
            {
                ranges.Add(r.Name, FitCommand.Format(r.Value), FitCommand.Format(r.Lower80), FitCommand.Format(r.Upper80),
                    FitCommand.Format(r.Lower95), FitCommand.Format(r.Upper95));
            }

            ranges.Write(stdout);
        }

        var (n, covered) = FitJson.ValidationCoverage(report.Fit);
        if (n > 0)
        {
            stdout.WriteLine($"  held-out points inside their prediction interval: {Count(covered)} of {Count(n)}");
        }

        if (bootstrap.GridCount == 0)
        {
            return;
        }

        stdout.WriteLine();
        var band = new TextTable(">x", ">Predicted", ">Curve lower", ">Curve upper", ">New-point lower", ">New-point upper");
        foreach (var b in bootstrap.Grid)
        {
            band.Add(FitCommand.Format(b.X), FitCommand.Format(b.Predicted), FitCommand.Format(b.Lower), FitCommand.Format(b.Upper),
                FitCommand.Format(b.PredictionLower), FitCommand.Format(b.PredictionUpper));
        }

        band.Write(stdout);
    }

    private static void WriteOptimal(FitReport report, TextWriter stdout)
    {
        if (report.Optimal.Count == 0)
        {
            return;
        }

        stdout.WriteLine();
        stdout.WriteLine("Compute-optimal allocation (C = 6ND, Hoffmann et al. 2022 Eq 4 on the fitted law):");
        var table = new TextTable(">Compute C", ">Parameters N", ">Tokens D", ">D / N", ">Loss");
        foreach (var a in report.Optimal)
        {
            table.Add(FitCommand.Format(a.Compute), FitCommand.Format(a.Parameters), FitCommand.Format(a.Tokens),
                FitCommand.Format(a.TokensPerParameter), FitCommand.Format(a.Loss));
        }

        table.Write(stdout);
    }

    private static void AddMetrics(TextTable table, string name, ErrorMetrics metrics) =>
        table.Add(name, Count(metrics.Count), FitCommand.Format(metrics.Mae), FitCommand.Format(metrics.Mre),
            FitCommand.Format(metrics.Rmse), FitCommand.Format(metrics.RSquared));

    private static bool IsSetting(IFitForm form, string name) =>
        form.Parameters.Any(p => !p.IsFitted && string.Equals(p.Name, name, StringComparison.Ordinal));

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
