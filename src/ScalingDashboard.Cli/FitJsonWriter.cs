using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Reporting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Cli;

/// <summary>
/// Writes a <see cref="FitReport"/> as the JSON documented in issue 3. JSON has no NaN or infinity, so every
/// non-finite number (an error on an empty set, a prediction outside the domain, a missing cell) is written as null.
/// </summary>
internal static class FitJsonWriter
{
    // Relaxed escaping keeps "Q'" and "<=" readable; the output goes to terminals and files, never into HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(FitReport report, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteReport(report, json);
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteReport(FitReport report, Utf8JsonWriter json)
    {
        var fit = report.Fit;
        json.WriteStartObject();
        json.WriteString("form", fit.FormId);
        json.WriteParameters(fit.Parameters);
        json.WriteStartArray("parametersAtBound");
        foreach (var name in fit.ParametersAtBound)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteNumberOrNull("slope", fit.Linear?.Slope);
        json.WriteNumberOrNull("intercept", fit.Linear?.Intercept);
        var criteria = fit.InformationCriteria;
        json.WriteNumberOrNull("aic", criteria?.Aic);
        json.WriteNumberOrNull("bic", criteria?.Bic);
        json.WriteStringOrNull("residualSpace", criteria?.Space);
        json.WriteBoolean("converged", fit.Converged);
        if (BnslForm.BreakInsideData(fit) is { } inside)
        {
            json.WriteBoolean("breakInsideData", inside);
        }

        json.WriteString("message", fit.Message);
        json.WriteString("split", report.Split.Description);
        json.WriteMetrics("train", report.Evaluation.Train, withRSquared: true);
        json.WriteMetrics("validation", report.Evaluation.Validation, withRSquared: false);
        WriteBootstrap(json, report);
        json.WriteObjects("inverse", report.Inverse, inverse =>
        {
            json.WriteNumberOrNull("y", inverse.Y);
            json.WriteNumberOrNull("x", inverse.X);
            json.WriteNumberOrNull("lower", inverse.Lower);
            json.WriteNumberOrNull("upper", inverse.Upper);
        });
        json.WriteObjects("points", report.Evaluation.Points, point =>
        {
            json.WriteStringOrNull("label", point.Label);
            json.WriteNumberOrNull("x", point.X);
            if (report.Input.Request.X2 is { } x2)
            {
                json.WriteNumberOrNull("x2", x2[point.Index]);
            }

            json.WriteNumberOrNull("y", point.Y);
            json.WriteNumberOrNull("predicted", point.Predicted);
            json.WriteString("set", FitReport.SetName(point.Set));
            if (report.Bootstrap is { } bootstrap)
            {
                // The interval a new observation at this x should fall in (curve uncertainty plus scatter).
                var interval = bootstrap.AtRow(point.Index);
                json.WriteNumberOrNull("lower", interval.PredictionLower);
                json.WriteNumberOrNull("upper", interval.PredictionUpper);
            }
        });
        json.WriteEndObject();
    }

    private static void WriteBootstrap(Utf8JsonWriter json, FitReport report)
    {
        if (report.Bootstrap is not { } bootstrap)
        {
            json.WriteNull("bootstrap");
            return;
        }

        var result = bootstrap.Result;
        json.WriteStartObject("bootstrap");
        json.WriteNumber("resamples", result.Resamples);
        json.WriteNumber("converged", result.Converged);
        json.WriteNumber("seed", bootstrap.Seed);
        json.WriteNumber("confidence", result.Confidence);
        json.WriteStringOrNull("family", bootstrap.FamilyColumn);
        json.WriteStartObject("parameters");
        foreach (var p in result.Parameters)
        {
            json.WriteStartObject(p.Name);
            json.WriteNumberOrNull("lower", p.Lower);
            json.WriteNumberOrNull("upper", p.Upper);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteObjects("band", bootstrap.Grid, b =>
        {
            json.WriteNumberOrNull("x", b.X);
            json.WriteNumberOrNull("predicted", b.Predicted);
            json.WriteNumberOrNull("lower", b.Lower);
            json.WriteNumberOrNull("upper", b.Upper);
            json.WriteNumberOrNull("predictionLower", b.PredictionLower);
            json.WriteNumberOrNull("predictionUpper", b.PredictionUpper);
        });
        var (n, covered) = ValidationCoverage(report, bootstrap);
        json.WriteStartObject("validation");
        json.WriteNumber("n", n);
        json.WriteNumber("covered", covered);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Held-out points and how many fall inside their bootstrap prediction interval.</summary>
    public static (int Count, int Covered) ValidationCoverage(FitReport report, FitBootstrap bootstrap)
    {
        int n = 0, covered = 0;
        foreach (var point in report.Evaluation.Points)
        {
            if (point.Set == PointSet.Validation && double.IsFinite(point.Y))
            {
                n++;
                covered += bootstrap.AtRow(point.Index).Covers(point.Y) ? 1 : 0;
            }
        }

        return (n, covered);
    }
}
