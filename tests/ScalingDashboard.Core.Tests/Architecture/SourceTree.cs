using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Architecture;

/// <summary>
/// The repository's source files as text. The architecture rules read source, not compiled metadata, so a break names
/// the file and line a person has to change, and Razor markup and <c>using</c> lines count too.
/// </summary>
internal static class SourceTree
{
    /// <summary>The full path of a folder given relative to the repository root with '/' separators.</summary>
    public static string Folder(string relative) =>
        Path.Combine([RepositoryPaths.Root, .. relative.Split('/')]);

    /// <summary>Source files (.cs, .razor) under <paramref name="folder"/>, recursively, leaving out build output.</summary>
    public static IEnumerable<string> Files(string folder, params string[] extensions)
    {
        string[] wanted = extensions.Length == 0 ? [".cs", ".razor"] : extensions;
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => wanted.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !IsBuildOutput(f))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>"path:line: text" for every line of the files that contains <paramref name="fragment"/> (ordinal).</summary>
    public static IEnumerable<string> LinesMentioning(IEnumerable<string> files, string fragment) =>
        files.SelectMany(file => File.ReadLines(file)
            .Select((text, index) => (text, index))
            .Where(l => l.text.Contains(fragment, StringComparison.Ordinal))
            .Select(l => $"{Relative(file)}:{l.index + 1}: {l.text.Trim()}"));

    /// <summary>The path relative to the repository root, with '/' separators, for messages.</summary>
    public static string Relative(string path) =>
        Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');

    private static bool IsBuildOutput(string path)
    {
        var parts = Path.GetRelativePath(RepositoryPaths.Root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Any(p => p is "bin" or "obj");
    }
}
