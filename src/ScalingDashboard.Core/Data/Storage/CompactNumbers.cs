namespace ScalingDashboard.Core.Data.Storage;

/// <summary>
/// A numeric column in 8 bytes and one bit a row: the values in a plain array, and which cells are empty in a bit set
/// (only when any is). A list of <c>double?</c> takes 16 bytes a row; on a 20 MB upload the difference is tens of
/// megabytes per table held in memory. NaN is a value like any other here, not a marker for an empty cell.
/// </summary>
public sealed class CompactNumbers : ReadOnlyListView<double?>
{
    private readonly double[] _values;
    private readonly ulong[]? _empty;

    private CompactNumbers(double[] values, ulong[]? empty)
    {
        _values = values;
        _empty = empty;
    }

    /// <summary>A compact copy of the cells.</summary>
    public static CompactNumbers From(IReadOnlyList<double?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var values = new double[cells.Count];
        ulong[]? empty = null;
        for (var i = 0; i < values.Length; i++)
        {
            if (cells[i] is { } value)
            {
                values[i] = value;
            }
            else
            {
                empty ??= new ulong[(values.Length + 63) / 64];
                empty[i >> 6] |= 1UL << (i & 63);
            }
        }

        return new CompactNumbers(values, empty);
    }

    public override int Count => _values.Length;

    public override double? this[int index]
    {
        get
        {
            var value = _values[index];
            return _empty is not null && (_empty[index >> 6] & (1UL << (index & 63))) != 0 ? null : value;
        }
    }

    /// <summary>Bytes this column holds (for the dataset cache's accounting).</summary>
    public long Bytes => (long)_values.Length * sizeof(double) + (_empty?.Length ?? 0) * sizeof(ulong);
}
