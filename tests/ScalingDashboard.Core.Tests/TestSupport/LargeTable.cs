using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.TestSupport;

/// <summary>
/// A leaderboard of the Open LLM Leaderboard's shape where it matters for speed and cancellation: 7,000 rows on 80
/// distinct sizes (the real one has 7,169 rows on 78 params_b values), with a score rising through a BNSL-like bend
/// plus seeded noise. Big enough that a fit over all rows takes many loss evaluations, so a run cancelled early has
/// a lot left to skip.
/// </summary>
internal static class LargeTable
{
    public const int Rows = 7000;

    public static Leaderboard Build()
    {
        var random = new Random(7169);
        var sizes = Enumerable.Range(0, 80).Select(i => 1e8 * Math.Pow(10, i * 3.0 / 79)).ToArray();
        var names = new List<string>(Rows);
        var parameters = new List<double?>(Rows);
        var scores = new List<double?>(Rows);
        for (var r = 0; r < Rows; r++)
        {
            var n = sizes[random.Next(sizes.Length)];
            var t = Math.Log(n / 3e9);
            var score = 0.85 - 0.5 * Math.Exp(-0.15 * t - 0.4 * Math.Log(1 + Math.Exp(t)));
            names.Add($"org/model-{r}");
            parameters.Add(n);
            scores.Add(Math.Clamp(score + 0.03 * (random.NextDouble() - 0.5), 0.26, 0.99));
        }

        return new Leaderboard(names,
        [
            new LeaderboardColumn("params", ColumnRole.Parameters, parameters, null, ColumnUnit.None),
            new LeaderboardColumn("mmlu", ColumnRole.Score, scores, null, ColumnUnit.None),
        ]);
    }
}
