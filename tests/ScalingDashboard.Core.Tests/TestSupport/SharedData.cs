using System.Globalization;

namespace ScalingDashboard.Core.Tests.TestSupport;

/// <summary>
/// Finds files under the shared data folder (<c>&lt;repo&gt;/../shared/data</c>), which is not part of the repository
/// (its licences and size keep it out), so a fresh clone or CI may not have it. Tests that need it carry
/// <see cref="SharedDataFactAttribute"/> or <see cref="SharedDataTheoryAttribute"/>, which make the runner report
/// them as skipped, not passed, when their folder is absent.
/// </summary>
/// <remarks>
/// The environment variable <see cref="OverrideVariable"/> replaces the folder. Pointing it at a folder that does not
/// exist shows what a machine without the data runs, e.g.
/// <c>SCALING_DASHBOARD_SHARED_DATA=/nonexistent dotnet test tests/ScalingDashboard.Core.Tests</c>: every test that
/// needs the data must then be listed as skipped.
/// </remarks>
internal static class SharedData
{
    public const string OverrideVariable = "SCALING_DASHBOARD_SHARED_DATA";

    /// <summary>The shared data folder: <see cref="OverrideVariable"/> when set, else <c>&lt;repo&gt;/../shared/data</c>.</summary>
    public static string Root { get; } = FindRoot();

    private static bool Overridden => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(OverrideVariable));

    /// <summary>Why a test needing <paramref name="folder"/> cannot run, or null when the folder is there.</summary>
    public static string? SkipReason(string folder)
    {
        if (Directory.Exists(Path.Combine(Root, folder)))
        {
            return null;
        }

        return Overridden
            ? $"needs {Path.Combine(Root, folder)} (absent; {OverrideVariable} points there)"
            : $"needs ../shared/data/{folder} (absent)";
    }

    /// <summary>
    /// The full path of <paramref name="relativePath"/> under the shared data. Only tests whose folder exists run, so a
    /// missing file in a present folder is a real failure (a renamed data set), not a reason to skip.
    /// </summary>
    public static string PathOf(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        Assert.True(File.Exists(path), $"{path} does not exist, though its shared data folder does");
        return path;
    }

    /// <summary>
    /// Minimal comma-split reader for the shared CSVs (no quoted fields in them). Deliberately independent of the
    /// Core CSV reader, so a bug there cannot hide in the reference numbers. Empty cells become NaN.
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
                values[r - 1] = cell.Length == 0 ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);
            }

            result[column] = values;
        }

        return result;
    }

    private static string FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }

        // Without a repository root there is no shared data beside it: a path that cannot exist makes the tests skip.
        var repo = RepositoryPaths.FindRoot();
        return repo is null
            ? Path.Combine(AppContext.BaseDirectory, "no-repository-root", "shared", "data")
            : Path.GetFullPath(Path.Combine(repo, "..", "shared", "data"));
    }
}
