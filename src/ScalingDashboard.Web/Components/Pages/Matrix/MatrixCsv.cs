using System.Globalization;
using System.Text;
using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Web.Components.Exports;

namespace ScalingDashboard.Web.Components.Pages.Matrix;

/// <summary>
/// The Matrix page's tables as CSV, long form so a spreadsheet or pandas reads them without reshaping. Model and task
/// names come from the user's file and go through the same quoting and formula guard as every other export.
/// </summary>
public static class MatrixCsv
{
    public static string Completed(CompletedMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var text = new StringBuilder("model,task,score,source\n");
        for (var m = 0; m < matrix.Models.Count; m++)
        {
            for (var t = 0; t < matrix.Tasks.Count; t++)
            {
                text.Append(CsvField.Text(matrix.Models[m])).Append(',').Append(CsvField.Text(matrix.Tasks[t])).Append(',')
                    .Append(Real(matrix.Value(m, t))).Append(',').Append(matrix.IsMeasured(m, t) ? "measured" : "predicted").Append('\n');
            }
        }

        return text.ToString();
    }

    public static string HeldOut(EvaluationOutcome evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var text = new StringBuilder("seed,model,task,actual,predicted,task_mean_baseline\n");
        foreach (var split in evaluation.Splits)
        {
            foreach (var c in split.HeldOut)
            {
                text.Append(split.Seed.ToString(CultureInfo.InvariantCulture)).Append(',').Append(CsvField.Text(c.ModelName)).Append(',')
                    .Append(CsvField.Text(c.TaskName)).Append(',').Append(Real(c.Actual)).Append(',').Append(Real(c.Predicted)).Append(',')
                    .Append(Real(c.Baseline)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Real(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";
}
