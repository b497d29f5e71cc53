namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// A Huber loss summed over points grouped by their x, so a curve is evaluated once per distinct x. A leaderboard's
/// thousands of rows sit on a few dozen sizes (the Open LLM Leaderboard's 7,169 rows on 78 params_b values), and the
/// optimiser evaluates the loss thousands of times: per distinct x instead of per row is what keeps BNSL on such a
/// table under a second.
/// </summary>
/// <remarks>
/// Exact, not an approximation: a large group's sum is read from its sorted scores and their prefix sums (the scores
/// more than delta below or above the curve each add a linear term, the few within delta their squares), which equals
/// the per-point sum up to rounding. Small groups are summed point by point, so data with distinct x (every ladder)
/// is summed in the same order with the same arithmetic as a plain loop over the points.
/// </remarks>
internal sealed class HuberGroups
{
    /// <summary>Groups up to this size are summed point by point: cheaper than two binary searches, and exact to the bit.</summary>
    private const int DirectSize = 8;

    private readonly double[] _x;
    private readonly int[] _start;
    private readonly double[] _y;
    private readonly double[] _prefix;

    private HuberGroups(double[] x, int[] start, double[] y)
    {
        _x = x;
        _start = start;
        _y = y;
        _prefix = new double[y.Length + 1];
        for (var i = 0; i < y.Length; i++)
        {
            _prefix[i + 1] = _prefix[i] + y[i];
        }
    }

    /// <summary>Number of distinct x values.</summary>
    public int Count => _x.Length;

    /// <summary>The x shared by group <paramref name="group"/>.</summary>
    public double X(int group) => _x[group];

    /// <summary>
    /// Groups in order of first appearance, each group's y sorted ascending; or, when more than half as many distinct x
    /// as points, every point its own group in the given order. Grouping then saves little and would only reorder the
    /// sum, moving a fit in its last digits: a ladder with a few repeated runs (150 runs on 143 FLOPs values) keeps
    /// its results to the bit.
    /// </summary>
    public static HuberGroups Create(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (new HashSet<double>(x).Count * 2 > x.Count)
        {
            return new HuberGroups([.. x], [.. Enumerable.Range(0, x.Count + 1)], [.. y]);
        }

        var members = new List<List<double>>();
        var keys = new List<double>();
        var index = new Dictionary<double, int>();
        for (var i = 0; i < x.Count; i++)
        {
            if (!index.TryGetValue(x[i], out var g))
            {
                g = members.Count;
                index[x[i]] = g;
                keys.Add(x[i]);
                members.Add([]);
            }

            members[g].Add(y[i]);
        }

        var start = new int[members.Count + 1];
        var sorted = new double[x.Count];
        var at = 0;
        for (var g = 0; g < members.Count; g++)
        {
            start[g] = at;
            var group = members[g];
            if (group.Count > 1)
            {
                group.Sort();
            }

            group.CopyTo(sorted, at);
            at += group.Count;
        }

        start[^1] = at;
        return new HuberGroups([.. keys], start, sorted);
    }

    /// <summary>Σ Huber(m - y) and Σ d Huber / d residual over the scores y of <paramref name="group"/>.</summary>
    public (double Loss, double Psi) At(int group, double m, double delta)
    {
        var (from, to) = (_start[group], _start[group + 1]);
        if (to - from <= DirectSize)
        {
            double loss = 0, psi = 0;
            for (var i = from; i < to; i++)
            {
                var residual = m - _y[i];
                loss += HuberLoss.Value(residual, delta);
                psi += HuberLoss.Derivative(residual, delta);
            }

            return (loss, psi);
        }

        // Scores below m - delta have residual > delta (loss delta (r - delta/2), derivative delta); those above
        // m + delta the mirror image; the ones in between are quadratic and summed one by one.
        var low = FirstAtLeast(from, to, m - delta);
        var high = FirstAbove(low, to, m + delta);
        var below = low - from;
        var above = to - high;
        var half = 0.5 * delta;
        var sum = delta * (below * m - (_prefix[low] - _prefix[from]) - below * half)
            + delta * ((_prefix[to] - _prefix[high]) - above * m - above * half);
        var slope = delta * (below - above);
        for (var i = low; i < high; i++)
        {
            var residual = m - _y[i];
            sum += 0.5 * residual * residual;
            slope += residual;
        }

        return (sum, slope);
    }

    private int FirstAtLeast(int from, int to, double value)
    {
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            (from, to) = _y[mid] < value ? (mid + 1, to) : (from, mid);
        }

        return from;
    }

    private int FirstAbove(int from, int to, double value)
    {
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            (from, to) = _y[mid] <= value ? (mid + 1, to) : (from, mid);
        }

        return from;
    }
}
