using System.Collections;

namespace ScalingDashboard.Core.Data;

/// <summary>
/// A numeric column's cells stored as plain doubles with NaN for "missing" (the reader never stores NaN as a value).
/// Half the size of a double?[], which keeps columns of up to ~10,000 rows off the large-object heap: allocating
/// several large arrays per import triggered a full garbage collection on every read of a big leaderboard.
/// </summary>
internal sealed class NumberCells : IReadOnlyList<double?>
{
    private readonly double[] values;

    public NumberCells(int count)
    {
        values = new double[count];
        Array.Fill(values, double.NaN);
    }

    public int Count => values.Length;

    public double? this[int index]
    {
        get
        {
            var value = values[index];
            return double.IsNaN(value) ? null : value;
        }
    }

    public void Set(int index, double value) => values[index] = value;

    public IEnumerator<double?> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
