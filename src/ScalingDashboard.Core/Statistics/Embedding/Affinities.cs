using ScalingDashboard.Core.Concurrency;
namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// The symmetric joint affinities P of t-SNE as a sparse matrix in compressed rows: p_ij = (p(j|i) + p(i|j)) / 2n,
/// summing to 1, over each row's k nearest neighbours (k = n − 1 gives the exact, dense P).
/// </summary>
internal sealed class Affinities
{
    private Affinities(int[] rowStart, int[] columns, double[] values)
    {
        RowStart = rowStart;
        Columns = columns;
        Values = values;
        foreach (var p in values)
        {
            EntropyTerm += p > 0 ? p * Math.Log(p) : 0;
        }
    }

    /// <summary>Row i's entries are at <c>RowStart[i] .. RowStart[i+1]</c> of <see cref="Columns"/> and <see cref="Values"/>.</summary>
    public int[] RowStart { get; }

    public int[] Columns { get; }

    public double[] Values { get; }

    /// <summary>Σ p ln p, the constant part of KL(P‖Q).</summary>
    public double EntropyTerm { get; }

    public int Count => RowStart.Length - 1;

    public static Affinities Compute(double[][] rows, int neighbours, double perplexity, CancellationToken cancellationToken)
    {
        var n = rows.Length;
        var (indices, distances) = NearestNeighbours.Find(rows, neighbours, cancellationToken);
        var conditional = new double[indices.Length];
        var options = Parallelism.Options(cancellationToken);
        Parallel.For(0, n, options, i =>
        {
            var slice = new Range(i * neighbours, (i + 1) * neighbours);
            PerplexityCalibration.Calibrate(distances.AsSpan()[slice], perplexity, conditional.AsSpan()[slice]);
            // Column order inside a row makes the symmetrising merge below a linear walk.
            Array.Sort(indices, conditional, i * neighbours, neighbours);
        });

        return Symmetrise(n, neighbours, indices, conditional);
    }

    /// <summary>Merges each row of the conditional matrix C with the same row of its transpose: P = (C + Cᵀ) / 2n.</summary>
    private static Affinities Symmetrise(int n, int k, int[] columns, double[] values)
    {
        var (transposeStart, transposeColumns, transposeValues) = Transpose(n, k, columns, values);
        var rowStart = new int[n + 1];
        var mergedColumns = new List<int>(2 * n * k);
        var mergedValues = new List<double>(2 * n * k);
        var scale = 1.0 / (2 * n);
        for (var i = 0; i < n; i++)
        {
            int a = i * k, aEnd = a + k, b = transposeStart[i], bEnd = transposeStart[i + 1];
            while (a < aEnd || b < bEnd)
            {
                var fromA = b >= bEnd || (a < aEnd && columns[a] <= transposeColumns[b]);
                var fromB = a >= aEnd || (b < bEnd && transposeColumns[b] <= columns[a]);
                var column = fromA ? columns[a] : transposeColumns[b];
                var sum = (fromA ? values[a++] : 0) + (fromB ? transposeValues[b++] : 0);
                mergedColumns.Add(column);
                mergedValues.Add(sum * scale);
            }

            rowStart[i + 1] = mergedColumns.Count;
        }

        return new Affinities(rowStart, [.. mergedColumns], [.. mergedValues]);
    }

    /// <summary>The transpose of a matrix with k entries per row, by counting sort (columns stay ascending).</summary>
    private static (int[] Start, int[] Columns, double[] Values) Transpose(int n, int k, int[] columns, double[] values)
    {
        var start = new int[n + 1];
        foreach (var column in columns)
        {
            start[column + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var next = start[..n];
        var transposedColumns = new int[columns.Length];
        var transposedValues = new double[values.Length];
        for (var i = 0; i < n; i++)
        {
            for (var e = i * k; e < (i + 1) * k; e++)
            {
                var slot = next[columns[e]]++;
                transposedColumns[slot] = i;
                transposedValues[slot] = values[e];
            }
        }

        return (start, transposedColumns, transposedValues);
    }
}
