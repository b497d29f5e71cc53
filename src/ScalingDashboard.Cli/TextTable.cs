namespace ScalingDashboard.Cli;

/// <summary>A plain-text table with padded columns, for terminals and logs (no box drawing, so it pastes anywhere).</summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly bool[] rightAligned;
    private readonly List<string[]> rows = [];

    /// <param name="headers">Column titles; a title starting with '>' is right-aligned (numbers), the '>' is not shown.</param>
    public TextTable(params string[] headers)
    {
        rightAligned = headers.Select(h => h.StartsWith('>')).ToArray();
        this.headers = headers.Select(h => h.TrimStart('>')).ToArray();
    }

    public void Add(params string[] cells) => rows.Add(cells);

    public void Write(TextWriter writer)
    {
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            for (var c = 0; c < widths.Length && c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        WriteRow(writer, headers, widths);
        WriteRow(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var parts = new string[widths.Length];
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < cells.Length ? cells[c] : "";
            parts[c] = rightAligned[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]);
        }

        writer.WriteLine(string.Join("  ", parts).TrimEnd());
    }
}
