using System.Globalization;

namespace ScalingDashboard.Core.Data;

/// <summary>
/// Reads a leaderboard from CSV text (comma, semicolon or tab separated). Works on a string, not a file, so the
/// web upload and the CLI share it and Core stays free of I/O. Never throws: every failure is an error issue.
/// </summary>
public static class LeaderboardReader
{
    private const double BytesPerMegabyte = 1024 * 1024;

    public static ImportResult Read(string text, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        var delimiter = options.Delimiter ?? ',';
        var issues = new IssueCollector();
        try
        {
            if (string.IsNullOrWhiteSpace(text) || text is "\uFEFF")
            {
                issues.Error("The file is empty.");
                return new ImportResult(null, delimiter, issues.ToList());
            }

            if (text.Length > options.MaxCharacters)
            {
                issues.Error(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The file is {text.Length / BytesPerMegabyte:0.0} MB; the limit is {options.MaxCharacters / BytesPerMegabyte:0.#} MB."));
                return new ImportResult(null, delimiter, issues.ToList());
            }

            // Skipped by offset rather than by text[1..], which would copy a multi-megabyte string.
            var start = text[0] == '\uFEFF' ? 1 : 0;
            delimiter = options.Delimiter ?? DelimiterDetector.Detect(text, start);
            var table = CsvTableReader.Read(text, start, delimiter, Math.Max(1, options.MaxCells), issues);
            var leaderboard = table is null ? null : Build(table, delimiter, options, issues);
            return new ImportResult(issues.HasErrors ? null : leaderboard, delimiter, issues.ToList());
        }
#pragma warning disable CA1031 // The contract is "never throws": any bug on odd input must reach the user as a message, not a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            issues.Error($"The file could not be read ({ex.GetType().Name}: {ex.Message}).");
            return new ImportResult(null, delimiter, issues.ToList());
        }
    }

    private static Leaderboard? Build(RawTable table, char delimiter, ImportOptions options, IssueCollector issues)
    {
        var columns = new List<LeaderboardColumn>(table.Headers.Count);
        var overrides = CaseInsensitive(options.RoleOverrides);
        var nameColumnFound = false;
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var info = HeaderAnalyzer.Analyze(table.Headers[c]);
            ColumnRole? overrideRole = overrides is not null && overrides.TryGetValue(info.Header, out var r) ? r : null;

            // Only one column names the rows: a second "name"-like column (say "fullname" after "model") is a label.
            if (overrideRole is null && info.NameRole == ColumnRole.ModelName && nameColumnFound)
            {
                info = info with { NameRole = ColumnRole.Label };
            }

            var column = ColumnBuilder.Build(info, table.Cells[c], table.RowNumbers, overrideRole, delimiter == ',', issues);
            nameColumnFound |= column.Role == ColumnRole.ModelName;
            columns.Add(column);
        }

        if (overrides is not null)
        {
            // A mapping saved for another file should not silently do nothing.
            foreach (var header in overrides.Keys.Where(h => !table.Headers.Contains(h, StringComparer.OrdinalIgnoreCase)))
            {
                issues.Warn("unknown override", $"The column mapping names '{header}', but the file has no such column.");
            }
        }

        if (!columns.Exists(c => c.IsNumeric))
        {
            issues.Error(
                "No column holds numbers; a leaderboard needs at least one numeric column (parameters, tokens, FLOPs or scores).");
            return null;
        }

        var names = RowNamer.Name(columns, table.RowNumbers, header => overrides?.ContainsKey(header) == true, issues);
        return new Leaderboard(names, columns);
    }

    /// <summary>Overrides keyed case-insensitively, like header lookups; the first of two keys differing in case wins.</summary>
    private static Dictionary<string, ColumnRole>? CaseInsensitive(IReadOnlyDictionary<string, ColumnRole>? overrides)
    {
        if (overrides is null)
        {
            return null;
        }

        var result = new Dictionary<string, ColumnRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var (header, role) in overrides)
        {
            result.TryAdd(header.Trim(), role);
        }

        return result;
    }
}
