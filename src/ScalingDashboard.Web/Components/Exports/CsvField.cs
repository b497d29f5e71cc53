using System.Globalization;

namespace ScalingDashboard.Web.Components.Exports;

/// <summary>
/// Formats single CSV fields (RFC 4180). Text is neutralised against spreadsheet formula injection: a model name
/// or column header such as "=HYPERLINK(...)" would otherwise run when the file is opened. Numbers are formatted
/// here from doubles, so they cannot carry a formula and are never prefixed (a residual of -0.0123 stays numeric).
/// </summary>
public static class CsvField
{
    /// <summary>A text cell: prefixed with ' when a spreadsheet would read it as a formula, then quoted if needed.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // OWASP's list: formula starters, plus tab and carriage return, which some spreadsheets strip before one.
        var neutral = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return Quote(neutral);
    }

    /// <summary>A number in the invariant shortest round-trip form; empty for NaN and infinities (missing in a spreadsheet).</summary>
    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>An optional number; empty when absent.</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : string.Empty;

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "true" : "false";

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
