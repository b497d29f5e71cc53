using System.Text;
using System.Text.Json;
using ScalingDashboard.Core.Reporting;
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
            json.WriteStringOrNull("dataset", state.DatasetId);

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
        json.WriteStringOrNull("benchmark", row.Benchmark);
        json.WriteStringOrNull("form", row.FormId);
        json.WriteStringOrNull("formula", row.Formula);
        json.WriteParameters(row.Parameters);
        json.WriteBoolean("converged", row.Converged);
        json.WriteStringOrNull("message", row.Message);
        json.WriteMetrics("train", row.Train, withRSquared: true);
        json.WriteMetrics("validation", row.Validation, withRSquared: true);
        json.WriteNumberOrNull("aic", row.Aic);
        json.WriteNumberOrNull("bic", row.Bic);
        json.WriteEndObject();
    }
}
