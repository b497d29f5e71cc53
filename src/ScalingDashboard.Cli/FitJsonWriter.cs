using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ScalingDashboard.Core.Fitting;
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
        WriteStringOrNull(json, "residualSpace", criteria?.Space);
        json.WriteBoolean("converged", fit.Converged);
        if (BnslForm.BreakInsideData(fit) is { } inside)
        {
            json.WriteBoolean("breakInsideData", inside);
        }

        json.WriteString("message", fit.Message);
        json.WriteString("split", report.Split.Description);
        WriteMetrics(json, "train", report.Evaluation.Train, withR2: true);
        WriteMetrics(json, "validation", report.Evaluation.Validation, withR2: false);
        WriteBootstrap(json, report);
        WriteObjects(json, "inverse", report.Inverse, inverse =>
        {
            WriteNumber(json, "y", inverse.Y);
            WriteNumber(json, "x", inverse.X);
            WriteNumber(json, "lower", inverse.Lower);
            WriteNumber(json, "upper", inverse.Upper);
        });
        WriteObjects(json, "points", report.Evaluation.Points, point =>
        {
            WriteStringOrNull(json, "label", point.Label);
            WriteNumber(json, "x", point.X);
            if (report.Input.Request.X2 is { } x2)
            {
                WriteNumber(json, "x2", x2[point.Index]);
            }

            WriteNumber(json, "y", point.Y);
            WriteNumber(json, "predicted", point.Predicted);
            json.WriteString("set", FitReport.SetName(point.Set));
            if (report.Bootstrap is { } bootstrap)
            {
                // The interval a new observation at this x should fall in (curve uncertainty plus scatter).
                var interval = bootstrap.AtRow(point.Index);
                WriteNumber(json, "lower", interval.PredictionLower);
                WriteNumber(json, "upper", interval.PredictionUpper);
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
        WriteStringOrNull(json, "family", bootstrap.FamilyColumn);
        json.WriteStartObject("parameters");
        foreach (var p in result.Parameters)
        {
            json.WriteStartObject(p.Name);
            WriteNumber(json, "lower", p.Lower);
            WriteNumber(json, "upper", p.Upper);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        WriteObjects(json, "band", bootstrap.Grid, b =>
        {
            WriteNumber(json, "x", b.X);
            WriteNumber(json, "predicted", b.Predicted);
            WriteNumber(json, "lower", b.Lower);
            WriteNumber(json, "upper", b.Upper);
            WriteNumber(json, "predictionLower", b.PredictionLower);
            WriteNumber(json, "predictionUpper", b.PredictionUpper);
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

    /// <summary>An array named <paramref name="name"/> of one object per item, its members written by <paramref name="writeMembers"/>.</summary>
    private static void WriteObjects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> writeMembers)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeMembers(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An explicit null for a missing string, so readers see the key either way.</summary>
    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
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
