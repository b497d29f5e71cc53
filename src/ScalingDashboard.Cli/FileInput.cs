using System.Globalization;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Cli;

/// <summary>File reading shared by the commands: Core takes text, so the I/O and its error messages live here.</summary>
internal static class FileInput
{
    /// <summary>The file's text, or null after writing a one-line reason to <paramref name="stderr"/>.</summary>
    public static string? TryReadText(string path, ImportOptions options, TextWriter stderr)
    {
        try
        {
            if (Directory.Exists(path))
            {
                stderr.WriteLine($"'{path}' is a folder, not a file.");
                return null;
            }

            if (!File.Exists(path))
            {
                stderr.WriteLine($"File not found: '{path}'.");
                return null;
            }

            // Refuse before reading anything far bigger than the limit (UTF-8 needs at most 3 bytes per UTF-16 char);
            // the reader checks the exact character count.
            var bytes = new FileInfo(path).Length;
            if (bytes > options.MaxCharacters * 3)
            {
                stderr.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The file is {bytes / 1048576.0:0.0} MB; the limit is {options.MaxCharacters / 1048576.0:0.#} MB."));
                return null;
            }

            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException
            or System.Security.SecurityException)
        {
            stderr.WriteLine($"Cannot read '{path}': {OneLine(ex.Message)}");
            return null;
        }
    }

    /// <summary>Reads and imports a leaderboard, or returns null after a one-line message on <paramref name="stderr"/>.</summary>
    public static Leaderboard? TryReadLeaderboard(string path, TextWriter stderr)
    {
        var options = ImportOptions.Default;
        var text = TryReadText(path, options, stderr);
        if (text is null)
        {
            return null;
        }

        var result = LeaderboardReader.Read(text, options);
        if (!result.Succeeded || result.Leaderboard is null)
        {
            var errors = result.Errors.ToList();
            var first = errors.Count > 0 ? errors[0].ToString() : "unknown error";
            stderr.WriteLine($"Import of '{path}' failed: {OneLine(first)}");
            return null;
        }

        return result.Leaderboard;
    }

    /// <summary>Messages go to a terminal one per line, so embedded line breaks become spaces.</summary>
    public static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
