using System.Text.Json;
using ScalingDashboard.Core.Analysis;

namespace ScalingDashboard.Core.Reporting;

/// <summary>
/// A whole analysis as JSON: the Explorer's JSON export and <c>fit --view ... --json</c> write it with this one
/// writer, so the same analysis gives the same bytes. The view (the link's query) is included so a reader can rerun it.
/// </summary>
public static class AnalysisJson
{
    public static string Write(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // A final newline, so the file and the CLI's output are the same bytes and end like any text file.
        return JsonText.Write(json => WriteDocument(json, result), relaxed: true) + "\n";
    }

    /// <summary>Writes one JSON object with <paramref name="writeMembers"/> in the shared options (relaxed escaping, indented).</summary>
    public static string WriteObject(Action<Utf8JsonWriter> writeMembers)
    {
        ArgumentNullException.ThrowIfNull(writeMembers);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            writeMembers(json);
            json.WriteEndObject();
        }, relaxed: true);
    }

    private static void WriteDocument(Utf8JsonWriter json, AnalysisResult result)
    {
        var spec = result.Spec;
        var data = result.Data.ToDictionary(d => d.Benchmark, StringComparer.Ordinal);
        json.WriteStartObject();
        json.WriteStringOrNull("dataset", spec.DatasetId);
        json.WriteString("view", AnalysisCodec.Format(spec));
        json.WriteStringOrNull("x", result.Resolved.X);
        json.WriteStartArray("notes");
        foreach (var note in result.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteObjects("benchmarks", result.Data, d =>
        {
            json.WriteString("name", d.Benchmark);
            json.WriteNumberOrNull("qrandom", d.QRandom);
            json.WriteStringOrNull("qrandomSource", d.ChanceLevel?.Explanation);
            json.WriteNumber("n", d.X.Count);
            json.WriteNumber("leftOut", d.Dropped);
        });
        json.WriteObjects("fits", result.Fits, fit =>
        {
            json.WriteString("benchmark", fit.Benchmark);
            json.WriteString("formula", fit.Form.Formula);
            FitJson.WriteMembers(json, fit, data[fit.Benchmark], spec);
        });
        json.WriteObjects("sweeps", result.Sweeps, s =>
        {
            json.WriteStringOrNull("benchmark", result.Data.Count > 0 ? result.Data[0].Benchmark : null);
            json.WriteString("form", s.FormId);
            json.WriteNumberOrNull("successMre", s.Sweep.SuccessMre);
            json.WriteNumberOrNull("threshold50", s.Sweep.CriticalThreshold);
            json.WriteObjects("points", s.Sweep.Points, p =>
            {
                json.WriteNumberOrNull("threshold", p.Threshold);
                json.WriteNumber("trainN", p.TrainCount);
                json.WriteNumber("validationN", p.ValidationCount);
                json.WriteNumbersOrNull(("mae", p.Mae), ("mre", p.Mre));
                json.WriteBoolean("success", p.Success);
            });
        });
        json.WriteObjectOrNull("size", result.Size, size => WriteSize(json, size));
        json.WriteEndObject();
    }

    private static void WriteSize(Utf8JsonWriter json, SizeScatterResult size)
    {
        json.WriteString("benchmark", size.Benchmark);
        json.WriteString("sizeColumn", size.SizeColumn);
        json.WriteStringOrNull("problem", size.Problem);
        json.WriteNumberOrNull("slope", size.Fit?.Linear?.Slope);
        json.WriteNumberOrNull("intercept", size.Fit?.Linear?.Intercept);
        json.WriteStrings("frontier", size.Frontier.Select(i => size.Labels[i]));
        json.WriteObjects("implied", size.Closed, c =>
        {
            json.WriteString("label", c.Label);
            json.WriteNumbersOrNull(("score", c.Score), ("size", c.Size), ("lower", c.Lower), ("upper", c.Upper));
        });
        json.WriteNumber("closedModels", size.ClosedTotal);
        json.WriteNumber("unknownSize", size.UnknownSize);
    }
}
