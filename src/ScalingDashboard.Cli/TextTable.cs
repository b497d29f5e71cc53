namespace ScalingDashboard.Cli;

/// <summary>A plain-text table with padded columns, for terminals and logs (no box drawing, so it pastes anywhere).</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <param name="headers">Column titles; a title starting with '>' is right-aligned (numbers), the '>' is not shown.</param>
    public TextTable(params string[] headers)
    {
        _rightAligned = headers.Select(h => h.StartsWith('>')).ToArray();
        _headers = headers.Select(h => h.TrimStart('>')).ToArray();
    }

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Write(TextWriter writer)
    {
        var widths = _headers.Select(h => h.Length).ToArray();
        foreach (var row in _rows)
        {
            for (var c = 0; c < widths.Length && c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        WriteRow(writer, _headers, widths);
        WriteRow(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
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
            parts[c] = _rightAligned[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]);
        }

        writer.WriteLine(string.Join("  ", parts).TrimEnd());
    }
}
