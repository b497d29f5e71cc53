using System.Globalization;
using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Cli;

/// <summary>The human-readable summary of <c>complete</c>: setting, metrics table, per-split figures, perspective, Shapley, notes.</summary>
internal static class CompleteText
{
    public static string Summary(MatrixResult result)
    {
        var spec = result.Spec;
        var matrix = result.Matrix!;
        var evaluation = result.Evaluation!;
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.WriteLine(Invariant($"complete: {MatrixCodec.MethodName(spec.Method)} on {matrix.ModelCount} models x {matrix.TaskCount} tasks, {matrix.KnownCells.Count} known cells ({matrix.Density:P0} filled), {result.Completed!.PredictedCount} predicted"));
        writer.WriteLine(Invariant($"settings: latent {spec.Latent}, L2 {spec.L2:G4}, lr {spec.LearningRate:G4}, {spec.Epochs} epochs; {spec.Holdout:P0} of known cells held out in each of {spec.Seeds} splits (seeds {spec.Seed}..{spec.Seed + spec.Seeds - 1})"));
        writer.WriteLine();
        var table = new TextTable("", "MSE", "L1", "rank accuracy", "MAE@2");
        table.Add(Row(MatrixCodec.MethodName(spec.Method) + " (mean)", evaluation.Mean));
        table.Add(Row("  spread (sd)", evaluation.Spread));
        table.Add(Row("per-task mean (mean)", evaluation.BaselineMean));
        foreach (var split in evaluation.Splits)
        {
            table.Add(Row(Invariant($"  seed {split.Seed} ({split.Metrics.Count} cells)"), split.Metrics));
        }

        table.Write(writer);
        if (result.Perspective is { } perspective)
        {
            writer.WriteLine();
            writer.WriteLine(Invariant($"{MatrixCodec.PerspectiveName(perspective.Perspective).ToUpperInvariant()} ({perspective.Kept} kept): pooled over {perspective.Pooled.Count} cells"));
            var entries = new TextTable("", "cells", "MSE", "L1", "rank accuracy", "MAE@2");
            entries.Add([.. Row("all (pooled)", perspective.Pooled).Take(1), Whole(perspective.Pooled.Count), .. Row("", perspective.Pooled).Skip(1)]);
            entries.Add([.. Row("per-task mean", perspective.BaselinePooled).Take(1), Whole(perspective.BaselinePooled.Count), .. Row("", perspective.BaselinePooled).Skip(1)]);
            foreach (var entry in perspective.Entries)
            {
                entries.Add([entry.Name, Whole(entry.Metrics.Count), .. Row("", entry.Metrics).Skip(1)]);
            }

            entries.Write(writer);
        }

        if (result.Shapley is { } shapley)
        {
            writer.WriteLine();
            if (shapley.Problem is { } problem)
            {
                writer.WriteLine("Shapley values: " + problem);
            }
            else
            {
                writer.WriteLine(Invariant($"Shapley values (held-out MSE reduction; all factors masked {shapley.EmptyLoss:E3}, none masked {shapley.FullLoss:E3}):"));
                var factors = new TextTable("factor", "kind", "value");
                foreach (var f in shapley.Factors)
                {
                    factors.Add(f.Name, f.Kind == FactorKind.Numerical ? "numerical" : "categorical", f.Value.ToString("E3", CultureInfo.InvariantCulture));
                }

                factors.Write(writer);
            }
        }

        foreach (var note in result.Notes)
        {
            writer.WriteLine("note: " + note);
        }

        return writer.ToString().TrimEnd();
    }

    private static string[] Row(string label, CompletionMetrics m) =>
    [
        label, m.Mse.ToString("E3", CultureInfo.InvariantCulture), m.L1.ToString("E3", CultureInfo.InvariantCulture),
        m.RankAccuracy.ToString("P1", CultureInfo.InvariantCulture), m.Mae2.ToString("P1", CultureInfo.InvariantCulture),
    ];

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
