namespace ScalingDashboard.Core.Tests.Fitting;

/// <summary>
/// Finds files under the shared data folder (<c>&lt;repo&gt;/../shared/data</c>), which is not part of the repository:
/// tests that need it skip with a visible message when it is absent.
/// </summary>
internal static class SharedData
{
    /// <summary>The full path of <paramref name="relativePath"/> under shared/data, or null with the reason.</summary>
    public static string? Locate(string relativePath, out string reason)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScalingDashboard.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            reason = $"no folder holding ScalingDashboard.sln above {AppContext.BaseDirectory}";
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", relativePath));
        if (!File.Exists(path))
        {
            reason = $"{path} does not exist";
            return null;
        }

        reason = "";
        return path;
    }

    /// <summary>
    /// Minimal comma-split reader for the shared CSVs (no quoted fields in them). Deliberately independent of the
    /// Core CSV reader, which is being written separately. Empty cells become NaN.
    /// </summary>
    public static Dictionary<string, double[]> ReadNumericColumns(string path, params string[] columns)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var index = Array.IndexOf(header, column);
            Assert.True(index >= 0, $"column '{column}' missing from {path}");
            var values = new double[lines.Length - 1];
            for (var r = 1; r < lines.Length; r++)
            {
                var cell = lines[r].Split(',')[index];
                values[r - 1] = cell.Length == 0 ? double.NaN : double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
            }

            result[column] = values;
        }

        return result;
    }
}
