using System.Globalization;
using System.Text;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;
using ScalingDashboard.Web.Components.Exports;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Exports;

/// <summary>The Explorer's CSV downloads: RFC 4180 (CRLF line ends, every line the header's field count).</summary>
public static class CsvExport
{
    private const string LineEnd = "\r\n";

    private static readonly string[] PointsHeader = ["benchmark", "form", "model", "x", "y", "predicted", "residual", "set"];

    private static readonly string[] FitTableHeader =
    [
        "benchmark", "form", "formula", "parameters",
        "train_n", "train_mae", "train_mre", "train_rmse", "train_r2",
        "validation_n", "validation_mae", "validation_mre", "validation_rmse",
        "aic", "bic", "converged", "message",
        // Added after the first release: appended so the columns above keep their positions.
        "validation_r2", "ic_space",
    ];

    /// <summary>Every point of every form's evaluation on one benchmark; residual = observed - predicted.</summary>
    public static string PointsCsv(string benchmark, IReadOnlyList<(string Form, HoldoutEvaluation Evaluation)> fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        var csv = new StringBuilder();
        AppendLine(csv, PointsHeader);
        foreach (var (form, evaluation) in fits)
        {
            foreach (var point in evaluation.Points)
            {
                AppendLine(
                    csv,
                    CsvField.Text(benchmark),
                    CsvField.Text(form),
                    CsvField.Text(point.Label),
                    CsvField.Number(point.X),
                    CsvField.Number(point.Y),
                    CsvField.Number(point.Predicted),
                    CsvField.Number(point.Y - point.Predicted),
                    SetName(point.Set));
            }
        }

        return csv.ToString();
    }

    /// <summary>One line per fit, parameters as "name=value ± se" joined by "; ".</summary>
    public static string FitTableCsv(IReadOnlyList<FitTableRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        AppendLine(csv, FitTableHeader);
        foreach (var row in rows)
        {
            AppendLine(
                csv,
                CsvField.Text(row.Benchmark),
                CsvField.Text(row.FormId),
                CsvField.Text(row.Formula),
                CsvField.Text(ParametersText(row.Parameters)),
                CsvField.Count(row.Train.Count),
                CsvField.Number(row.Train.Mae),
                CsvField.Number(row.Train.Mre),
                CsvField.Number(row.Train.Rmse),
                CsvField.Number(row.Train.RSquared),
                CsvField.Count(row.Validation.Count),
                CsvField.Number(row.Validation.Mae),
                CsvField.Number(row.Validation.Mre),
                CsvField.Number(row.Validation.Rmse),
                CsvField.Number(row.Aic),
                CsvField.Number(row.Bic),
                CsvField.Flag(row.Converged),
                CsvField.Text(row.Message),
                CsvField.Number(row.Validation.RSquared),
                CsvField.Text(row.InformationSpace));
        }

        return csv.ToString();
    }

    /// <summary>"A=4.9e3 ± 12; alpha=0.18 ± 0.01; Qrandom=0.25": the standard error is left out when there is none.</summary>
    public static string ParametersText(IReadOnlyList<ParameterEstimate> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return string.Join("; ", parameters.Select(p => p.StandardError is { } se
            ? string.Create(CultureInfo.InvariantCulture, $"{p.Name}={p.Value:R} ± {se:R}")
            : string.Create(CultureInfo.InvariantCulture, $"{p.Name}={p.Value:R}")));
    }

    private static string SetName(PointSet set) => set switch
    {
        PointSet.Train => "train",
        PointSet.Validation => "validation",
        PointSet.Excluded => "excluded",
        _ => string.Empty,
    };

    private static void AppendLine(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields);
        csv.Append(LineEnd);
    }
}
