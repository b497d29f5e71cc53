namespace ScalingDashboard.Core.Tests.TestSupport;

/// <summary>
/// Locates files in the repository from the test binary's folder, so the data tests work from any checkout,
/// worktree or CI path without configuration.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot()
        ?? throw new InvalidOperationException($"No folder holding ScalingDashboard.sln above '{AppContext.BaseDirectory}'.");

    public static string DataFile(string name) => Path.Combine(Root, "data", name);

    /// <summary>
    /// The folder holding ScalingDashboard.sln, or null. Test discovery calls this (through the shared-data
    /// attributes), and an exception there would hide every test of the assembly, so it does not throw.
    /// </summary>
    public static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScalingDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
