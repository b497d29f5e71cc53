using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Reporting;

namespace ScalingDashboard.Cli;

/// <summary>
/// <c>complete</c>: a thin adapter that turns arguments into a <see cref="MatrixSpec"/>, runs it through
/// <see cref="MatrixRunner"/> (the Matrix page's path) and prints the shared JSON or a short text summary.
/// </summary>
internal static class CompleteCommand
{
    public const string Usage = """
        Usage:
          scaling-dashboard complete --data FILE [--long] [--method mf|ncf|ncf-factors|factors] [--holdout 0.05] [--seeds 5]
                                     [--seed 0] [--latent 10] [--epochs 300] [--lr 0.01] [--l2 0.003]
                                     [--tasks COL,COL,...] [--model-column COL] [--model-factors COL,COL,...]
                                     [--model-factor-data FILE] [--task-factors COL,...] [--task-factor-data FILE]
                                     [--task-column COL --score-column COL] [--perspective none|cpp0|cpp2|t0|t2 [--select NAME]]
                                     [--json [--cells]]
          scaling-dashboard complete --data FILE --view QUERY [--json [--cells]]

        Predicts the missing cells of a models x tasks score matrix (collaborative performance prediction, seed 001)
        and measures how well: --holdout of the known cells is held out in each of --seeds seeded splits, and the
        method's MSE, mean L1, rank accuracy and MAE@2 (shares, as fractions) are printed as means over the splits,
        beside the per-task-mean baseline. Wide form (default): one row per model, the task columns are --tasks or
        every score column. --long: one row per model, task and score. Percent tasks are divided by 100.
        Rank of a cell = 1 + the number of OTHER models with a higher true score on the task; the predicted rank uses
        the predicted score with every other model at its true score; accuracy = share of equal ranks, MAE@2 = share
        within 2. ncf-factors and factors read --model-factors (numeric columns numerical, text categorical), from
        --model-factor-data FILE when given (one row per model, matched by model name), and --task-factors from
        --task-factor-data FILE (one row per task, matched by task name), and add exact Shapley values.
        --perspective cpp0|cpp2 hides all (all but two) of each model's scores,
        t0|t2 each task's. --view takes the query part of a Matrix page link. --cells adds every held-out cell to the JSON.

        Exit codes: 0 success, 1 the file could not be read or gives no matrix, 2 wrong usage.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        var (data, factorData, taskFactorData, spec, json, cells, problem) = CompleteArguments.Parse(args);
        if (spec is null || data is null)
        {
            stderr.WriteLine($"{problem} Run 'scaling-dashboard complete --help' for the usage.");
            return 2;
        }

        if (FileInput.TryReadLeaderboard(data, stderr) is not { } table)
        {
            return 1;
        }

        Leaderboard? factorTable = null;
        if (factorData is not null)
        {
            factorTable = FileInput.TryReadLeaderboard(factorData, stderr);
            if (factorTable is null)
            {
                return 1;
            }
        }

        if (spec.TaskFactorDatasetId is not null && taskFactorData is null)
        {
            stderr.WriteLine("The view reads task factors from a dashboard dataset (tdata=...); give that table as a file with --task-factor-data FILE.");
            return 2;
        }

        Leaderboard? taskFactorTable = null;
        if (taskFactorData is not null)
        {
            taskFactorTable = FileInput.TryReadLeaderboard(taskFactorData, stderr);
            if (taskFactorTable is null)
            {
                return 1;
            }
        }

        // A script names its columns: one the table does not have is an error, not a quiet fallback (the page says so and goes on).
        if (MissingColumn(table, factorTable, taskFactorTable, spec) is { } missing)
        {
            stderr.WriteLine($"This table has no column '{FileInput.OneLine(missing)}'.");
            return 1;
        }

        var result = MatrixRunner.Run(table, factorTable, taskFactorTable, spec);
        if (result.Failure is { } failure)
        {
            stderr.WriteLine(FileInput.OneLine(failure));
            return 1;
        }

        stdout.WriteLine(json ? MatrixJson.Write(result, cells) : CompleteText.Summary(result));
        return 0;
    }

    private static string? MissingColumn(Leaderboard table, Leaderboard? factorTable, Leaderboard? taskFactorTable, MatrixSpec spec) =>
        spec.Tasks.Concat(new[] { spec.ModelColumn, spec.TaskColumn, spec.ScoreColumn }.OfType<string>())
            .FirstOrDefault(name => table.FindColumn(name) is null)
        ?? spec.ModelFactors.FirstOrDefault(name => (factorTable ?? table).FindColumn(name) is null)
        ?? spec.TaskFactors.FirstOrDefault(name => taskFactorTable?.FindColumn(name) is null);
}
