namespace ScalingDashboard.Core.Data;

/// <summary>
/// Something the reader noticed: an error stops the import, a warning is shown beside the imported table.
/// Row numbers are 1-based data rows as a spreadsheet shows them (the header is row 1, so the first data row is 2).
/// </summary>
public sealed record ImportIssue(ImportSeverity Severity, string Message, int? Row = null, string? Column = null)
{
    /// <summary>The message with its place, e.g. "row 5, column 'mmlu': 'abc' is not a number".</summary>
    public override string ToString()
    {
        var place = (Row, Column) switch
        {
            (int r, string c) => $"row {r}, column '{c}': ",
            (int r, null) => $"row {r}: ",
            (null, string c) => $"column '{c}': ",
            _ => "",
        };
        return place + Message;
    }
}
