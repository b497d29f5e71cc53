using System.Text;
using System.Text.Json;
using ScalingDashboard.Core.Validation;
using ScalingDashboard.Web.Components.Pages.Explorer.Sharing;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Exports;

/// <summary>
/// The fitted parameters as JSON, with the view that produced them (the link's parameters) so a reader can
/// reproduce the fits. JSON has no NaN or infinity: such values are written as null.
/// </summary>
public static class JsonExport
{
    public static string FitParametersJson(IReadOnlyList<FitTableRow> rows, ExplorerState state)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(state);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteText(json, "dataset", state.DatasetId);

            // Only the parameters the link carries: a missing key means the default, as in the URL.
            json.WriteStartObject("view");
            foreach (var (key, value) in ExplorerLink.ToQuery(state))
            {
                if (value is not null)
                {
                    json.WriteString(key, value);
                }
            }

            json.WriteEndObject();
            json.WriteStartArray("fits");
            foreach (var row in rows)
            {
                WriteFit(json, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFit(Utf8JsonWriter json, FitTableRow row)
    {
        json.WriteStartObject();
        WriteText(json, "benchmark", row.Benchmark);
        WriteText(json, "form", row.FormId);
        WriteText(json, "formula", row.Formula);
        json.WriteStartObject("parameters");
        foreach (var p in row.Parameters)
        {
            WriteNumber(json, p.Name, p.Value);
        }

        json.WriteEndObject();
        json.WriteStartObject("standardErrors");
        foreach (var p in row.Parameters)
        {
            WriteNumber(json, p.Name, p.StandardError);
        }

        json.WriteEndObject();
        json.WriteBoolean("converged", row.Converged);
        WriteText(json, "message", row.Message);
        WriteMetrics(json, "train", row.Train);
        WriteMetrics(json, "validation", row.Validation);
        WriteNumber(json, "aic", row.Aic);
        WriteNumber(json, "bic", row.Bic);
        json.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter json, string name, ErrorMetrics metrics)
    {
        json.WriteStartObject(name);
        json.WriteNumber("n", metrics.Count);
        WriteNumber(json, "mae", metrics.Mae);
        WriteNumber(json, "mre", metrics.Mre);
        WriteNumber(json, "rmse", metrics.Rmse);
        WriteNumber(json, "r2", metrics.RSquared);
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
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

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
