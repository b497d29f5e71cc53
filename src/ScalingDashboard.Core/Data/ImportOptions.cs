namespace ScalingDashboard.Core.Data;

/// <summary>
/// Choices the user can make over what the reader detects.
/// </summary>
/// <param name="RoleOverrides">Header -> role, applied instead of the detected role (the mapping dialog).</param>
/// <param name="Delimiter">Force a delimiter instead of detecting one.</param>
/// <param name="MaxCharacters">Refuse texts longer than this (the upload limit, enforced again here for the CLI).</param>
/// <param name="MaxCells">Refuse tables with more cells (rows times columns) than this: it bounds the memory a table
/// read takes while pages show it.</param>
public sealed record ImportOptions(
    IReadOnlyDictionary<string, ColumnRole>? RoleOverrides = null,
    char? Delimiter = null,
    long MaxCharacters = 20L * 1024 * 1024,
    int MaxCells = CsvTableReader.DefaultMaxCells)
{
    public static ImportOptions Default { get; } = new();
}
