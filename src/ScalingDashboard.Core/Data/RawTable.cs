namespace ScalingDashboard.Core.Data;

/// <summary>The file as text cells, column by column, before any column is interpreted.</summary>
/// <param name="Headers">Header names, empty ones already replaced by "column N".</param>
/// <param name="Cells">Cells[column][row]; null where a short row had no cell.</param>
/// <param name="RowNumbers">Spreadsheet row number of each kept data row (the header is row 1).</param>
internal sealed record RawTable(IReadOnlyList<string> Headers, IReadOnlyList<List<string?>> Cells, IReadOnlyList<int> RowNumbers)
{
    public int RowCount => RowNumbers.Count;
}
