namespace ScalingDashboard.Core.Tests.Data;

/// <summary>Finds the shared data sets, which live next to the repository (&lt;repo&gt;/../shared/data), not in it.</summary>
internal static class TestData
{
    /// <summary>The full path of a file under shared/data, or null when the folder is not there (e.g. on CI).</summary>
    public static string? Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                var path = Path.Combine(candidate, relativePath);
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
