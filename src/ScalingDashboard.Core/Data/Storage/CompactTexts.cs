namespace ScalingDashboard.Core.Data.Storage;

/// <summary>
/// A text column stored once per distinct value: a table of the values and a small code per row. Leaderboards repeat
/// most of their text (a type, a licence, an architecture on thousands of rows), and a parsed file holds a separate
/// string for every cell; here each distinct text is kept once, and a row costs 4 bytes instead of an 8-byte reference.
/// </summary>
public sealed class CompactTexts : ReadOnlyListView<string?>
{
    private readonly string?[] _distinct;
    private readonly int[] _codes;

    private CompactTexts(string?[] distinct, int[] codes)
    {
        _distinct = distinct;
        _codes = codes;
    }

    /// <summary>A compact copy of the cells.</summary>
    public static CompactTexts From(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        // Code 0 is the empty cell (null), so a column of blanks costs its codes alone.
        var distinct = new List<string?> { null };
        var codeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new int[cells.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            if (cells[i] is not { } text)
            {
                continue;
            }

            if (!codeOf.TryGetValue(text, out var code))
            {
                code = distinct.Count;
                codeOf.Add(text, code);
                distinct.Add(text);
            }

            codes[i] = code;
        }

        return new CompactTexts([.. distinct], codes);
    }

    public override int Count => _codes.Length;

    public override string? this[int index] => _distinct[_codes[index]];

    /// <summary>How many different texts the column holds (the empty cell not counted).</summary>
    public int DistinctCount => _distinct.Length - 1;
}
