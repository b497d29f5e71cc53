using System.Globalization;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Reporting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Cli;

/// <summary>
/// `fit`: a thin adapter over <see cref="AnalysisRunner"/>. With <c>--view QUERY</c> (the query of an Explorer link)
/// it runs exactly the Explorer's analysis and writes the Explorer's JSON export; with column options it describes a
/// one-benchmark, one-form analysis with the same record and prints that fit. Notes about rows left out go to stderr,
/// one line each; every expected failure is one line on stderr with exit code 1 (2 for usage).
/// </summary>
internal static class FitCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            stdout.WriteLine(CliApp.Usage);
            return 0;
        }

        if (!FitArguments.TryParse(args, out var parsed, out var problem) || parsed is null)
        {
            stderr.WriteLine(problem);
            return 2;
        }

        var leaderboard = FileInput.TryReadLeaderboard(parsed.DataPath, stderr);
        if (leaderboard is null)
        {
            return 1;
        }

        var table = AnalysisTable.Prepare(leaderboard);
        return parsed.View is { } view ? RunView(parsed, view, table, stdout, stderr) : RunColumns(parsed, table, stdout, stderr);
    }

    /// <summary>Numbers for people: 6 significant digits, invariant culture, "-" for not available.</summary>
    public static string Format(double value) =>
        double.IsFinite(value) ? value.ToString("G6", CultureInfo.InvariantCulture) : "-";

    private static int RunView(FitArguments parsed, string view, Leaderboard table, TextWriter stdout, TextWriter stderr)
    {
        var link = AnalysisCodec.Parse(view);
        foreach (var ignored in link.Problems)
        {
            stderr.WriteLine($"note: {ignored}");
        }

        var result = AnalysisRunner.Run(table, link.Value);
        if (result.HasNoUsableRows)
        {
            stderr.WriteLine(NoUsableRows(result));
            return 1;
        }

        if (parsed.Json)
        {
            stdout.Write(AnalysisJson.Write(result));
        }
        else
        {
            WriteNotes(result, stderr);
            foreach (var fit in result.Fits)
            {
                var data = result.Data.First(d => d.Benchmark == fit.Benchmark);
                if (fit.Evaluation is null)
                {
                    stdout.WriteLine($"{fit.Benchmark}, {fit.Form.Id}: {FileInput.OneLine(fit.Problem ?? "")}");
                    stdout.WriteLine();
                    continue;
                }

                FitTextWriter.Write(new FitReport(fit, data, result.Spec, parsed.DataPath, result.Resolved.X ?? "", result.Spec.X2, table.RowCount), stdout);
                stdout.WriteLine();
            }
        }

        return 0;
    }

    private static int RunColumns(FitArguments parsed, Leaderboard table, TextWriter stdout, TextWriter stderr)
    {
        if (!FitFormRegistry.Default.TryGet(parsed.FormId, out var form))
        {
            stderr.WriteLine($"Unknown fit form '{parsed.FormId}'. Known forms: {string.Join(", ", FitFormRegistry.Default.Ids)}.");
            return 1;
        }

        if (FitColumns.Check(parsed, form, table) is { } columnProblem)
        {
            stderr.WriteLine(columnProblem);
            return 1;
        }

        if (parsed.HoldoutWhere is { } where && RowCondition.TryParse(where, table, out var whereProblem) is null)
        {
            stderr.WriteLine($"--holdout-where: {whereProblem}");
            return 1;
        }

        if (parsed.Invert.Count > 0 && !form.IsInvertible)
        {
            stderr.WriteLine($"Form '{form.Id}' is not monotone in one x, so --invert cannot read an x off it.");
            return 1;
        }

        var spec = FitColumns.ToSpec(parsed, table);
        var result = AnalysisRunner.Run(table, spec, AnalysisParts.Fits | AnalysisParts.Bands);
        var fit = result.Fits.Single(f => f.Benchmark == parsed.YColumn || (parsed.Average.Count > 0 && f.Benchmark == AnalysisResolver.AverageHeader));
        var data = result.Data.Single(d => d.Benchmark == fit.Benchmark);
        if (data.X.Count == 0)
        {
            stderr.WriteLine(NoUsableRows(result));
            return 1;
        }

        if (!fit.Succeeded)
        {
            stderr.WriteLine($"Fit failed: {FileInput.OneLine(fit.Problem ?? "")}");
            return 1;
        }

        WriteNotes(result, stderr);
        var x2 = parsed.X2Column ?? (data.X2 is not null && form is PassAtKForm ? "k (stacked)" : null);
        var report = new FitReport(fit, data, spec, parsed.DataPath, parsed.XColumn, x2, table.RowCount)
        {
            Optimal = Allocations(parsed.OptimalAt, fit.Evaluation!.Fit, stderr),
        };
        if (report.Optimal.Count < parsed.OptimalAt.Count)
        {
            return 1;
        }

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

    /// <summary>The allocation at each budget under the fitted law; empty (with one line on stderr) when the law has none.</summary>
    private static ComputeAllocation[] Allocations(IReadOnlyList<double> budgets, FitResult fit, TextWriter stderr)
    {
        if (budgets.Count == 0)
        {
            return [];
        }

        try
        {
            var law = LossLaw.FromFit(fit);
            return budgets.Select(c => ComputeOptimal.At(law, c)).ToArray();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            stderr.WriteLine($"--optimal-at: {FileInput.OneLine(ex.Message)}");
            return [];
        }
    }

    private static void WriteNotes(AnalysisResult result, TextWriter stderr)
    {
        foreach (var note in result.Notes)
        {
            stderr.WriteLine($"note: {FileInput.OneLine(note)}");
        }
    }

    private static string NoUsableRows(AnalysisResult result) =>
        "No usable row: " + FileInput.OneLine(string.Join(" ", result.Notes.DefaultIfEmpty("the table has no rows.")));
}
