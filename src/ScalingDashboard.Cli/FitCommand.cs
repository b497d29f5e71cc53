using System.Globalization;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Data.Derived;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Cli;

/// <summary>
/// `fit`: fits one form to two columns of a leaderboard file, optionally holding out the largest x, and prints the
/// parameters, errors and per-point predictions as JSON or text. The same Core code as the dashboard, so fits can be
/// scripted and checked against papers. Every expected failure is one line on stderr with exit code 1 (2 for usage).
/// </summary>
internal static class FitCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!FitArguments.TryParse(args, out var parsed, out var problem) || parsed is null)
        {
            stderr.WriteLine(problem);
            return 2;
        }

        var registry = FitFormRegistry.Default;
        if (!registry.TryGet(parsed.FormId, out var form))
        {
            stderr.WriteLine($"Unknown fit form '{parsed.FormId}'. Known forms: {string.Join(", ", registry.Ids)}.");
            return 1;
        }

        var leaderboard = FileInput.TryReadLeaderboard(parsed.DataPath, stderr);
        if (leaderboard is null)
        {
            return 1;
        }

        if (parsed.Average.Count > 0)
        {
            var missing = parsed.Average.FirstOrDefault(a => leaderboard.FindColumn(a.Header) is not { IsNumeric: true });
            if (missing.Header is not null)
            {
                stderr.WriteLine($"No numeric column '{missing.Header}' (--average). Numeric columns: {string.Join(", ", leaderboard.NumericColumns.Select(c => c.Header))}.");
                return 1;
            }

            // Seed 003 Appendix K: mean of normalised scores, rows near chance on any benchmark left out.
            leaderboard = BenchmarkAverage.AddColumn(leaderboard, FitArguments.AverageHeader, parsed.Average);
        }

        var error = FitInput.TryBuild(parsed, form, leaderboard, out var input);
        if (error is not null || input is null)
        {
            stderr.WriteLine(error);
            return 1;
        }

        var split = Split(parsed, leaderboard, input, out var splitError);
        if (split is null)
        {
            stderr.WriteLine(splitError);
            return 1;
        }

        var evaluation = HoldoutEvaluation.Evaluate(form, input.Request, split);
        if (!evaluation.Fit.Converged)
        {
            stderr.WriteLine($"Fit failed: {FileInput.OneLine(evaluation.Fit.Message)}");
            return 1;
        }

        if (parsed.Invert.Count > 0 && !form.IsInvertible)
        {
            stderr.WriteLine($"Form '{form.Id}' is not monotone in one x, so --invert cannot read an x off it.");
            return 1;
        }

        var bootstrap = parsed.Bootstrap > 0
            ? FitBootstrap.Run(form, input, split, parsed.Bootstrap, parsed.Seed, parsed.FamilyColumn, parsed.Invert)
            : null;
        var report = new FitReport(form, input, split, evaluation, bootstrap)
        {
            Inverse = bootstrap?.Result.Inverse ?? parsed.Invert.Select(y => PointInverse(form, evaluation.Fit, y)).ToArray(),
        };
        if (parsed.Json)
        {
            FitJsonWriter.Write(report, stdout);
        }
        else
        {
            FitTextWriter.Write(report, stdout);
        }

        return 0;
    }

    private static InverseInterval PointInverse(IFitForm form, FitResult fit, double y)
    {
        if (InversePrediction.FromLogLinear(fit, y) is { } calibrated && fit.FormId == LogLinearForm.FormId)
        {
            return new InverseInterval(y, calibrated.X, calibrated.Lower, calibrated.Upper, 0);
        }

        var x = form.TryInvert(fit.Values, y, out var found) ? found : double.NaN;
        return new InverseInterval(y, x, double.NaN, double.NaN, 0);
    }

    /// <summary>Numbers for people: 6 significant digits, invariant culture, "-" for not available.</summary>
    public static string Format(double value) =>
        double.IsFinite(value) ? value.ToString("G6", CultureInfo.InvariantCulture) : "-";

    /// <summary>
    /// The holdout rule: by threshold on x, or, with --holdout-where, validation on the rows the condition picks and
    /// training on the others with x &gt;= --train-min (seed 003: "FLOPs &gt; 6e21 or tokens-per-parameter = 160").
    /// </summary>
    private static HoldoutSplit? Split(FitArguments parsed, Leaderboard leaderboard, FitInput input, out string? error)
    {
        error = null;
        var trainMin = parsed.TrainMin ?? double.NegativeInfinity;
        if (parsed.HoldoutWhere is not { } where)
        {
            return HoldoutSplit.ByThreshold(parsed.HoldoutAbove ?? double.PositiveInfinity, trainMin);
        }

        var condition = RowCondition.TryParse(where, leaderboard, out var problem);
        if (condition is null)
        {
            error = $"--holdout-where: {problem}";
            return null;
        }

        return HoldoutSplit.ByCondition(condition, input.TableRow, trainMin);
    }
}
