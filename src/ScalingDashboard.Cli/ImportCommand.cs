using System.Globalization;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Cli;

/// <summary>
/// `import FILE [--delimiter comma|semicolon|tab]`: reads a leaderboard and prints what the reader made of it,
/// so a user can check a file before loading it in the dashboard.
/// </summary>
internal static class ImportCommand
{
    /// <summary>What <c>import --help</c> prints.</summary>
    public const string Usage = """
        Usage: scaling-dashboard import FILE [--delimiter comma|semicolon|tab]

        Reads a CSV leaderboard and shows the detected delimiter, the column mapping (role, unit), a per-column
        summary and any warnings. The delimiter is detected unless --delimiter (-d) names it.

        Exit codes: 0 success, 1 the file could not be read or imported, 2 wrong usage.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // Asked anywhere, as with fit: "import board.csv --help" shows the usage too rather than reading the file.
        if (args.Any(a => a is "--help" or "-h"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        if (!TryParseArguments(args, out var path, out var delimiter, out var problem))
        {
            stderr.WriteLine(problem);
            return 2;
        }

        var options = new ImportOptions(Delimiter: delimiter);
        var text = FileInput.TryReadText(path, options, stderr);
        if (text is null)
        {
            return 1;
        }

        var result = LeaderboardReader.Read(text, options);
        if (!result.Succeeded || result.Leaderboard is null)
        {
            var errors = result.Errors.ToList();
            var first = errors.Count > 0 ? errors[0].ToString() : "unknown error";
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more errors)" : "";
            stderr.WriteLine($"Import of '{path}' failed: {OneLine(first)}{more}");
            return 1;
        }

        Print(path, result, result.Leaderboard, stdout);
        return 0;
    }

    private static void Print(string path, ImportResult result, Leaderboard leaderboard, TextWriter stdout)
    {
        var summary = LeaderboardSummary.Create(leaderboard);
        stdout.WriteLine($"File:      {path}");
        stdout.WriteLine($"Delimiter: {DelimiterName(result.Delimiter)}");
        stdout.WriteLine($"Rows:      {summary.RowCount.ToString(CultureInfo.InvariantCulture)}");
        stdout.WriteLine($"Columns:   {summary.Columns.Count.ToString(CultureInfo.InvariantCulture)}");
        stdout.WriteLine();

        var table = new TextTable("Header", "Role", "Unit", ">Present", ">Missing", ">Min", ">Median", ">Max", ">Distinct");
        foreach (var column in summary.Columns)
        {
            table.Add(
                column.Header,
                column.Role.ToString(),
                column.UnitDescription,
                column.Present.ToString(CultureInfo.InvariantCulture),
                column.Missing.ToString(CultureInfo.InvariantCulture),
                Format(column.Min),
                Format(column.Median),
                Format(column.Max),
                column.DistinctCount?.ToString(CultureInfo.InvariantCulture) ?? "");
        }

        table.Write(stdout);
        var warnings = result.Warnings.ToList();
        if (warnings.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine($"Warnings ({warnings.Count.ToString(CultureInfo.InvariantCulture)}):");
            foreach (var warning in warnings)
            {
                stdout.WriteLine($"  {OneLine(warning.ToString())}");
            }
        }
    }

    private static bool TryParseArguments(
        IReadOnlyList<string> args, out string path, out char? delimiter, out string problem)
    {
        path = "";
        delimiter = null;
        problem = "";
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--delimiter" or "-d")
            {
                var value = i + 1 < args.Count ? args[++i] : "";
                delimiter = value switch
                {
                    "comma" or "," => ',',
                    "semicolon" or ";" => ';',
                    "tab" or "\\t" or "\t" => '\t',
                    _ => null,
                };
                if (delimiter is null)
                {
                    problem = $"Unknown delimiter '{value}'; use comma, semicolon or tab.";
                    return false;
                }
            }
            else if (path.Length == 0)
            {
                path = args[i];
            }
            else
            {
                problem = $"Unexpected argument '{args[i]}'. Usage: scaling-dashboard import FILE [--delimiter comma|semicolon|tab]";
                return false;
            }
        }

        if (path.Length == 0)
        {
            problem = "Missing FILE. Usage: scaling-dashboard import FILE [--delimiter comma|semicolon|tab]";
            return false;
        }

        return true;
    }

    private static string DelimiterName(char delimiter) => delimiter switch
    {
        ',' => "comma",
        ';' => "semicolon",
        '\t' => "tab",
        _ => $"'{delimiter}'",
    };

    private static string Format(double? value)
    {
        if (value is not { } v)
        {
            return "";
        }

        var magnitude = Math.Abs(v);
        var format = magnitude != 0 && (magnitude >= 1e5 || magnitude < 1e-3) ? "0.###e+0" : "0.####";
        return v.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string OneLine(string text) => FileInput.OneLine(text);
}
