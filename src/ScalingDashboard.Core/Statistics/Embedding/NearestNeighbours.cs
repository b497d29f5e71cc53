using ScalingDashboard.Core.Concurrency;
namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// The k nearest neighbours of every row by squared Euclidean distance, by brute force: for the dashboard's tables
/// (thousands of rows, a handful of benchmarks) a full scan is ~50 million short distance sums, well under a second,
/// and exact. Each row keeps a bounded max-heap, so most candidates cost one comparison.
/// </summary>
internal static class NearestNeighbours
{
    /// <summary>
    /// Row i's neighbours in <c>indices[i*k .. i*k+k)</c> with their squared distances, nearest first; ties are broken
    /// by the lower index so the set never depends on scan order.
    /// </summary>
    public static (int[] Indices, double[] SquaredDistances) Find(double[][] rows, int k, CancellationToken cancellationToken)
    {
        var n = rows.Length;
        var indices = new int[n * k];
        var distances = new double[n * k];
        // Rows are independent and each writes only its own slice, so the parallel loop gives the same numbers
        // whatever the thread schedule.
        var options = Parallelism.Options(cancellationToken);
        Parallel.For(0, n, options, i => FindFor(rows, i, indices.AsSpan(i * k, k), distances.AsSpan(i * k, k)));
        return (indices, distances);
    }

    private static void FindFor(double[][] rows, int i, Span<int> heapIndex, Span<double> heapDistance)
    {
        var k = heapIndex.Length;
        var count = 0;
        var point = rows[i];
        for (var j = 0; j < rows.Length; j++)
        {
            if (j == i)
            {
                continue;
            }

            var d = SquaredDistance(point, rows[j]);
            if (count < k)
            {
                heapIndex[count] = j;
                heapDistance[count] = d;
                SiftUp(heapIndex, heapDistance, count++);
            }
            else if (Before(d, j, heapDistance[0], heapIndex[0]))
            {
                heapIndex[0] = j;
                heapDistance[0] = d;
                SiftDown(heapIndex, heapDistance, k);
            }
        }

        // Heap order to nearest-first: repeatedly move the farthest to the end.
        for (var end = k - 1; end > 0; end--)
        {
            Swap(heapIndex, heapDistance, 0, end);
            SiftDown(heapIndex, heapDistance, end);
        }
    }

    public static double SquaredDistance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var c = 0; c < a.Length; c++)
        {
            var d = a[c] - b[c];
            sum += d * d;
        }

        return sum;
    }

    /// <summary>Whether (d1, j1) sorts before (d2, j2): nearer, or as near with a lower index.</summary>
    private static bool Before(double d1, int j1, double d2, int j2) => d1 < d2 || (d1 == d2 && j1 < j2);

    private static void SiftUp(Span<int> index, Span<double> distance, int child)
    {
        while (child > 0)
        {
            var parent = (child - 1) / 2;
            if (!Before(distance[parent], index[parent], distance[child], index[child]))
            {
                return;
            }

            Swap(index, distance, parent, child);
            child = parent;
        }
    }

    private static void SiftDown(Span<int> index, Span<double> distance, int size)
    {
        var parent = 0;
        while (true)
        {
            var largest = parent;
            foreach (var child in (ReadOnlySpan<int>)[2 * parent + 1, 2 * parent + 2])
            {
                if (child < size && Before(distance[largest], index[largest], distance[child], index[child]))
                {
                    largest = child;
                }
            }

            if (largest == parent)
            {
                return;
            }

            Swap(index, distance, parent, largest);
            parent = largest;
        }
    }

    private static void Swap(Span<int> index, Span<double> distance, int a, int b)
    {
        (index[a], index[b]) = (index[b], index[a]);
        (distance[a], distance[b]) = (distance[b], distance[a]);
    }
}
