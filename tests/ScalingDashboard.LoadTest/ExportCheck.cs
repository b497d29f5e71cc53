using System.Text.Json;

namespace ScalingDashboard.LoadTest;

/// <summary>Whether an Explorer JSON export is the analysis of the dataset the session uploaded.</summary>
internal static class ExportCheck
{
    /// <summary>Null when sane; otherwise what is wrong.</summary>
    public static string? Problem(string json, string datasetId, int uploadedRows)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.GetProperty("dataset").GetString() != datasetId)
            {
                return $"exports dataset {root.GetProperty("dataset")}, not {datasetId}";
            }

            if (!root.GetProperty("view").GetString()!.Contains("t=", StringComparison.Ordinal))
            {
                return "the exported view has no threshold although the slider set one";
            }

            var benchmarks = root.GetProperty("benchmarks");
            if (benchmarks.GetArrayLength() == 0)
            {
                return "no benchmark in the export";
            }

            // Every uploaded run has flops and scores; a run may only be left out with a note, never added.
            var n = benchmarks[0].GetProperty("n").GetInt32();
            if (n <= 0 || n > uploadedRows)
            {
                return $"{n} points for a table of {uploadedRows} runs";
            }

            return root.GetProperty("fits").GetArrayLength() == 0 ? "no fit in the export" : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"not the export's JSON: {ex.Message}";
        }
    }
}
