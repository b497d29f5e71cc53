namespace ScalingDashboard.Core.Fitting;

/// <summary>Seed 004's frontier: the models that no strictly smaller model matches or beats on a score.</summary>
public static class Frontier
{
    /// <summary>
    /// Indices of frontier rows, ordered by size. Rows with a missing size or score are never on the frontier.
    /// Models of equal size do not beat each other (only strictly smaller ones count), so ties in size can both stay.
    /// </summary>
    public static IReadOnlyList<int> Compute(IReadOnlyList<double> size, IReadOnlyList<double> score)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(score);
        if (size.Count != score.Count)
        {
            throw new ArgumentException($"{size.Count} sizes but {score.Count} scores.", nameof(score));
        }

        var order = new List<int>(size.Count);
        for (var i = 0; i < size.Count; i++)
        {
            if (double.IsFinite(size[i]) && double.IsFinite(score[i]))
            {
                order.Add(i);
            }
        }

        // Stable sort by size keeps equal sizes in input order, so the result is deterministic.
        var sorted = order.OrderBy(i => size[i]).ToArray();
        var frontier = new List<int>();
        var bestOfSmaller = double.NegativeInfinity;
        var k = 0;
        while (k < sorted.Length)
        {
            // Process a group of equal sizes against the best score of strictly smaller models only.
            var end = k;
            var groupBest = double.NegativeInfinity;
            while (end < sorted.Length && size[sorted[end]] == size[sorted[k]])
            {
                var s = score[sorted[end]];
                if (s > bestOfSmaller)
                {
                    frontier.Add(sorted[end]);
                }

                groupBest = Math.Max(groupBest, s);
                end++;
            }

            bestOfSmaller = Math.Max(bestOfSmaller, groupBest);
            k = end;
        }

        return frontier;
    }
}
