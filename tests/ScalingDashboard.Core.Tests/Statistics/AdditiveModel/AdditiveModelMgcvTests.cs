using ScalingDashboard.Core.Statistics.AdditiveModel;
using ScalingDashboard.Core.Tests.TestSupport;
using Gam = ScalingDashboard.Core.Statistics.AdditiveModel.AdditiveModel;

namespace ScalingDashboard.Core.Tests.Statistics.AdditiveModel;

/// <summary>The same models fitted by mgcv 1.8-41 (Fixtures/mgcv_reference.R, outputs beside it).</summary>
public class AdditiveModelMgcvTests
{
    [Fact]
    public void Fit_SimulatedDataAsMgcv_MatchesMgcvToOneInTenThousand()
    {
        var (x, g, y) = MgcvFixture.SimulatedData();
        var expected = MgcvFixture.Summary("sim");

        var result = Gam.Fit(new AdditiveModelRequest(x, y, g));

        // Same basis, constraint and criterion, so only the optimisers' stopping points differ: both converge the
        // REML gradient far below 1e-4 relative (measured agreement is ~1e-8), and the fixture prints 12+ digits.
        AssertSummary(expected, result);
        AssertRelative(expected["edf"], result.Edf, 1e-4);
        AssertGridClose(MgcvFixture.Grid("sim"), result.Grid, 1e-4);
    }

    [SharedDataFact(LeaderboardGamData.Folder)]
    public void Fit_LeaderboardHellaSwagByArchitecture_MatchesMgcv()
    {
        var (x, y, architecture, _) = LeaderboardGamData.Load();
        var expected = MgcvFixture.Summary("leaderboard");

        var result = Gam.Fit(new AdditiveModelRequest(x, y, architecture));

        // Acceptance bounds of the task are 0.02 on the partial effect and 0.5 on edf; the model is the same, so the
        // agreement is far tighter (measured ~1e-7); 1e-4 relative still leaves room for optimiser stopping points.
        Assert.Equal(6545, result.N);
        AssertSummary(expected, result);
        AssertRelative(expected["edf"], result.Edf, 1e-4);
        AssertGridClose(MgcvFixture.Grid("leaderboard"), result.Grid, 1e-4);
    }

    [SharedDataFact(LeaderboardGamData.Folder)]
    public void Fit_LeaderboardSmoothPerType_MatchesMgcvPerLevel()
    {
        var (x, y, architecture, type) = LeaderboardGamData.Load();
        var typed = Enumerable.Range(0, x.Count).Where(i => type[i].Length > 0).ToList();
        var expected = MgcvFixture.Summary("leaderboard_by");

        var result = Gam.Fit(new AdditiveModelRequest(x, y, architecture, type));

        // As above: the same model, so agreement to optimiser precision; 1e-4 relative.
        Assert.Equal(typed.Count, result.N);
        AssertSummary(expected, result);
        foreach (var (level, edf, grid) in MgcvFixture.LevelGrids("leaderboard_by"))
        {
            var smooth = Assert.Single(result.Smooths, s => s.Level == level);
            AssertRelative(edf, smooth.Edf, 1e-4);
            AssertGridClose(grid, smooth.Grid, 1e-4);
        }
    }

    /// <summary>Scale and random variance to 1e-4; REML score and deviance explained (O(1) or larger) to 1e-6.</summary>
    private static void AssertSummary(Dictionary<string, double> expected, AdditiveModelResult result)
    {
        Assert.Null(result.Problem);
        Assert.Equal((int)expected["n"], result.N);
        AssertRelative(expected["scale"], result.ResidualVariance, 1e-4);
        AssertRelative(expected["re_variance"], result.RandomEffectVariance, 1e-4);
        AssertRelative(expected["reml"], result.RemlScore, 1e-6);
        AssertRelative(expected["dev_expl"], result.DevianceExplained, 1e-6);
    }

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected}, got {actual}");

    /// <summary>Fit within <paramref name="tolerance"/> of the effect's range, se within it relatively, same x.</summary>
    private static void AssertGridClose(List<SmoothGridPoint> expected, IReadOnlyList<SmoothGridPoint> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        var range = expected.Max(p => p.Fit) - expected.Min(p => p.Fit);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].X, actual[i].X, 1e-9);
            Assert.True(Math.Abs(expected[i].Fit - actual[i].Fit) <= tolerance * range, $"fit at x={expected[i].X}: {expected[i].Fit} vs {actual[i].Fit}");
            AssertRelative(expected[i].Se, actual[i].Se, tolerance);
        }
    }
}
