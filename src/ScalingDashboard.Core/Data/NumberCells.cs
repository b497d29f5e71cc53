using System.Collections;

namespace ScalingDashboard.Core.Data;

/// <summary>
/// A numeric column's cells stored as plain doubles with NaN for "missing" (the reader never stores NaN as a value).
/// Half the size of a double?[], which keeps columns of up to ~10,000 rows off the large-object heap: allocating
/// several large arrays per import triggered a full garbage collection on every read of a big leaderboard.
/// </summary>
internal sealed class NumberCells : IReadOnlyList<double?>
{
    private readonly double[] _values;

    public NumberCells(int count)
    {
        _values = new double[count];
        Array.Fill(_values, double.NaN);
    }

    public int Count => _values.Length;

    public double? this[int index]
    {
        get
        {
            var value = _values[index];
            return double.IsNaN(value) ? null : value;
        }
    }

    public void Set(int index, double value) => _values[index] = value;

    public IEnumerator<double?> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
