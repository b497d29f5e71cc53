using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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
        json.WriteStartObject("parameters");
        foreach (var p in fit.Parameters)
        {
            WriteNumber(json, p.Name, p.Value);
        }

        json.WriteEndObject();
        json.WriteStartObject("standardErrors");
        foreach (var p in fit.Parameters)
        {
            WriteNumber(json, p.Name, p.StandardError ?? double.NaN);
        }

        json.WriteEndObject();
        json.WriteStartArray("parametersAtBound");
        foreach (var name in fit.ParametersAtBound)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        WriteNumber(json, "slope", fit.Linear?.Slope ?? double.NaN);
        WriteNumber(json, "intercept", fit.Linear?.Intercept ?? double.NaN);
        var criteria = fit.InformationCriteria;
        WriteNumber(json, "aic", criteria?.Aic ?? double.NaN);
        WriteNumber(json, "bic", criteria?.Bic ?? double.NaN);
        if (criteria is null)
        {
            json.WriteNull("residualSpace");
        }
        else
        {
            json.WriteString("residualSpace", criteria.Space);
        }

        json.WriteBoolean("converged", fit.Converged);
        json.WriteString("message", fit.Message);
        json.WriteString("split", report.Split.Description);
        WriteMetrics(json, "train", report.Evaluation.Train, withR2: true);
        WriteMetrics(json, "validation", report.Evaluation.Validation, withR2: false);
        json.WriteStartArray("points");
        foreach (var point in report.Evaluation.Points)
        {
            json.WriteStartObject();
            if (point.Label is null)
            {
                json.WriteNull("label");
            }
            else
            {
                json.WriteString("label", point.Label);
            }

            WriteNumber(json, "x", point.X);
            WriteNumber(json, "y", point.Y);
            WriteNumber(json, "predicted", point.Predicted);
            json.WriteString("set", FitReport.SetName(point.Set));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter json, string name, ErrorMetrics metrics, bool withR2)
    {
        json.WriteStartObject(name);
        json.WriteNumber("n", metrics.Count);
        WriteNumber(json, "mae", metrics.Mae);
        WriteNumber(json, "mre", metrics.Mre);
        WriteNumber(json, "rmse", metrics.Rmse);
        if (withR2)
        {
            WriteNumber(json, "r2", metrics.RSquared);
        }

        json.WriteEndObject();
    }

    /// <summary>Utf8JsonWriter throws on NaN and infinity; JSON readers expect null for "no value".</summary>
    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
