using System.Text.Json;
using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Reporting;

/// <summary>
/// The JSON of a matrix view, shared by the CLI's <c>complete --json</c> and the Matrix page's download. Issue 11's
/// fields at the top level (<c>method</c>, <c>mse</c>, <c>l1</c>, <c>rankAccuracy</c>, <c>mae2</c>: means over the
/// splits; <c>perSeed</c>), then the spread, the baseline, the settings, the perspective, Shapley values and notes.
/// Rank shares are fractions. NaN is written as null.
/// </summary>
public static class MatrixJson
{
    public static string Write(MatrixResult result, bool withCells = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonText.Write(json => WriteResult(json, result, withCells));
    }

    private static void WriteResult(Utf8JsonWriter json, MatrixResult result, bool withCells)
    {
        var spec = result.Spec;
        json.WriteStartObject();
        json.WriteString("method", MatrixCodec.MethodName(spec.Method));
        var evaluation = result.Evaluation;
        WriteMetricFields(json, evaluation?.Mean ?? CompletionMetrics.Empty);
        json.WriteObjects("perSeed", evaluation?.Splits ?? [], s =>
        {
            json.WriteNumber("seed", s.Seed);
            WriteMetricFields(json, s.Metrics);
            json.WriteNumber("n", s.Metrics.Count);
        });
        WriteMetrics(json, "spread", evaluation?.Spread ?? CompletionMetrics.Empty);
        json.WriteStartObject("baseline");
        json.WriteString("name", "per-task mean of the training cells");
        WriteMetricFields(json, evaluation?.BaselineMean ?? CompletionMetrics.Empty);
        WriteMetrics(json, "spread", evaluation?.BaselineSpread ?? CompletionMetrics.Empty);
        json.WriteObjects("perSeed", evaluation?.Splits ?? [], s =>
        {
            json.WriteNumber("seed", s.Seed);
            WriteMetricFields(json, s.Baseline);
        });
        json.WriteEndObject();
        json.WriteStringOrNull("failure", result.Failure);
        if (result.Matrix is { } matrix)
        {
            json.WriteNumber("models", matrix.ModelCount);
            json.WriteNumber("tasks", matrix.TaskCount);
            json.WriteNumber("knownCells", matrix.KnownCells.Count);
        }

        json.WriteNumber("holdout", spec.Holdout);
        json.WriteNumber("seeds", spec.Seeds);
        json.WriteNumber("seed", spec.Seed);
        json.WriteNumber("latent", spec.Latent);
        json.WriteNumber("l2", spec.L2);
        json.WriteNumber("learningRate", spec.LearningRate);
        json.WriteNumber("epochs", spec.Epochs);
        if (withCells && evaluation is not null)
        {
            json.WriteObjects("heldOut", evaluation.Splits.SelectMany(s => s.HeldOut.Select(c => (s.Seed, c))), p => WriteCell(json, p.c, p.Seed));
        }

        if (result.Perspective is { } perspective)
        {
            json.WriteStartObject("perspective");
            json.WriteString("kind", MatrixCodec.PerspectiveName(perspective.Perspective));
            json.WriteNumber("kept", perspective.Kept);
            WriteMetrics(json, "pooled", perspective.Pooled);
            WriteMetrics(json, "baselinePooled", perspective.BaselinePooled);
            json.WriteObjects("entries", perspective.Entries, e =>
            {
                json.WriteString("name", e.Name);
                WriteMetricFields(json, e.Metrics);
                json.WriteNumber("n", e.Metrics.Count);
                WriteMetrics(json, "baseline", e.Baseline);
                json.WriteObjects("cells", e.Cells, c => WriteCell(json, c, null));
            });
            json.WriteStartArray("skipped");
            foreach (var name in perspective.Skipped)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (result.Shapley is { } shapley)
        {
            json.WriteStartObject("shapley");
            json.WriteStringOrNull("problem", shapley.Problem);
            json.WriteNumbersOrNull(("emptyLoss", shapley.EmptyLoss), ("fullLoss", shapley.FullLoss));
            json.WriteObjects("factors", shapley.Factors, f =>
            {
                json.WriteString("name", f.Name);
                json.WriteString("kind", f.Kind == FactorKind.Numerical ? "numerical" : "categorical");
                json.WriteBoolean("taskFactor", f.IsTaskFactor);
                json.WriteNumberOrNull("value", f.Value);
            });
            json.WriteEndObject();
        }

        json.WriteStartArray("notes");
        foreach (var note in result.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter json, CellPrediction c, int? seed)
    {
        if (seed is { } s)
        {
            json.WriteNumber("seed", s);
        }

        json.WriteString("model", c.ModelName);
        json.WriteString("task", c.TaskName);
        json.WriteNumbersOrNull(("actual", c.Actual), ("predicted", c.Predicted), ("baseline", c.Baseline));
    }

    private static void WriteMetrics(Utf8JsonWriter json, string name, CompletionMetrics metrics)
    {
        json.WriteStartObject(name);
        WriteMetricFields(json, metrics);
        json.WriteEndObject();
    }

    private static void WriteMetricFields(Utf8JsonWriter json, CompletionMetrics m) =>
        json.WriteNumbersOrNull(("mse", m.Mse), ("l1", m.L1), ("rankAccuracy", m.RankAccuracy), ("mae2", m.Mae2));
}
