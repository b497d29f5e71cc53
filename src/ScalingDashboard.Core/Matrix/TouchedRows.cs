namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// The rows of an embedding table a mini-batch used, each once, with its gradient row zeroed on first use, so neither
/// clearing nor stepping the table costs more than the rows the batch touched.
/// </summary>
internal sealed class TouchedRows(int rowCount, int width)
{
    private readonly int[] _stamp = new int[rowCount];
    private readonly List<int> _rows = [];
    private int _batch = 1;

    public int Width { get; } = width;

    public IReadOnlyList<int> Rows => _rows;

    /// <summary>
    /// Records <paramref name="row"/>; on its first use in this batch zeroes its entries of <paramref name="gradient"/>
    /// and returns true (so a caller can zero what else belongs to the row, e.g. a bias).
    /// </summary>
    public bool Touch(int row, double[] gradient)
    {
        if (_stamp[row] == _batch)
        {
            return false;
        }

        _stamp[row] = _batch;
        _rows.Add(row);
        Array.Clear(gradient, row * Width, Width);
        return true;
    }

    /// <summary>Starts the next batch.</summary>
    public void Reset()
    {
        _rows.Clear();
        _batch++;
    }
}
