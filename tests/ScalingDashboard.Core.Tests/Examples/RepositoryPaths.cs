namespace ScalingDashboard.Core.Tests.Examples;

/// <summary>
/// Locates files in the repository from the test binary's folder, so the data tests work from any checkout,
/// worktree or CI path without configuration.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DataFile(string name) => Path.Combine(Root, "data", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScalingDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder holding ScalingDashboard.sln above '{AppContext.BaseDirectory}'.");
    }
}
