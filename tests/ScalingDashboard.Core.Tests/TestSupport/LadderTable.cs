using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.TestSupport;

/// <summary>
/// A small noise-free ladder whose "mmlu" follows the direct power law exactly: -ln Q' = A C^-alpha with A = 5000,
/// alpha = 0.2, Qrandom = 0.25 (so fits recover it to rounding), plus a closed model without a size (open_weights
/// false, so the size view places it). Shared by the Core and Web tests (linked into the Web tests).
/// </summary>
internal static class LadderTable
{
    public const double A = 5000;
    public const double Alpha = 0.2;
    public const double QRandom = 0.25;

    public static double Score(double flops) => QRandom + (1 - QRandom) * Math.Exp(-A * Math.Pow(flops, -Alpha));

    public static Leaderboard Build()
    {
        var flops = Enumerable.Range(0, 20).Select(i => 1e18 * Math.Pow(10, i * 0.2)).ToList();
        var names = flops.Select((_, i) => $"run-{i:00}").Append("closed-model").ToList();
        var parameters = flops.Select(c => (double?)Math.Sqrt(c / 120)).Append(null).ToList();
        var scores = flops.Select(c => (double?)Score(c)).Append(Score(3e21)).ToList();
        var family = flops.Select((_, i) => (string?)(i % 2 == 0 ? "even" : "odd")).Append("closed").ToList();
        var openWeights = flops.Select(_ => (string?)"true").Append("false").ToList();
        return new Leaderboard(names,
        [
            new LeaderboardColumn("flops", ColumnRole.TrainingFlops, flops.Select(c => (double?)c).Append(null).ToList(), null, ColumnUnit.None),
            new LeaderboardColumn("params", ColumnRole.Parameters, parameters, null, ColumnUnit.None),
            new LeaderboardColumn("mmlu", ColumnRole.Score, scores, null, ColumnUnit.None),
            new LeaderboardColumn("family", ColumnRole.Family, null, family, ColumnUnit.None),
            new LeaderboardColumn("open_weights", ColumnRole.Label, null, openWeights, ColumnUnit.None),
        ]);
    }
}
