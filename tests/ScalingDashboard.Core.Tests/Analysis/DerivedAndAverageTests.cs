using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Analysis;

public sealed class DerivedAndAverageTests
{
    private static Leaderboard Table()
    {
        var flops = Enumerable.Range(0, 12).Select(i => 1e19 * Math.Pow(10, i * 0.25)).ToList();
        double Score(double c, double a, double q) => q + (1 - q) * Math.Exp(-a * Math.Pow(c, -0.2));
        return new Leaderboard(flops.Select((_, i) => $"m{i}").ToList(),
        [
            new LeaderboardColumn("flops", ColumnRole.TrainingFlops, flops.Select(c => (double?)c).ToList(), null, ColumnUnit.None),
            new LeaderboardColumn("params", ColumnRole.Parameters, flops.Select(c => (double?)Math.Sqrt(c / 120)).ToList(), null, ColumnUnit.None),
            new LeaderboardColumn("tokens", ColumnRole.TrainingTokens, flops.Select(c => (double?)(20 * Math.Sqrt(c / 120))).ToList(), null, ColumnUnit.None),
            new LeaderboardColumn("arc_easy", ColumnRole.Score, flops.Select(c => (double?)Score(c, 3000, 0.2918)).ToList(), null, ColumnUnit.None),
            new LeaderboardColumn("gsm8k", ColumnRole.Score, flops.Select(c => (double?)Score(c, 20000, 0)).ToList(), null, ColumnUnit.None),
        ]);
    }

    [Fact]
    public void TokensPerParameter_TokensAndParameters_IsDerivedAsDOverN()
    {
        var table = AnalysisTable.Prepare(Table());

        var ratio = table.FindColumn(DerivedColumns.TokensPerParameter);
        Assert.NotNull(ratio);
        // tokens = 20 * params in this table: every model trained at 20 tokens per parameter.
        Assert.All(ratio.Numbers, v => Assert.Equal(20, v!.Value, 9));
        Assert.Same(table, DerivedColumns.Add(table));
        Assert.Same(table, AnalysisTable.Prepare(table));
    }

    [Fact]
    public void Average_TwoBenchmarks_AddsTheNormalisedMeanAsAnotherBenchmark()
    {
        var spec = new AnalysisSpec { Benchmarks = ["arc_easy", "gsm8k"], Average = true, Margin = 0 };

        var result = AnalysisRunner.Run(AnalysisTable.Prepare(Table()), spec);

        // The average has one name in every face (link, export, CLI); it was "average of normalised scores".
        Assert.Equal("normalised-average", AnalysisResolver.AverageHeader);
        Assert.Equal(["arc_easy", "gsm8k", AnalysisResolver.AverageHeader], result.Resolved.Benchmarks);
        var average = result.Data[2];
        Assert.Equal(0, average.QRandom);
        // Mean of the two Eq 3-normalised scores for the first model.
        var c = 1e19;
        var expected = (Math.Exp(-3000 * Math.Pow(c, -0.2)) + Math.Exp(-20000 * Math.Pow(c, -0.2))) / 2;
        Assert.Equal(expected, average.Y[0], 9);
        Assert.Equal(3, result.Fits.Count);
    }

    [Fact]
    public void Average_OneBenchmark_IsNotAdded()
    {
        var result = AnalysisRunner.Run(AnalysisTable.Prepare(Table()), new AnalysisSpec { Benchmarks = ["arc_easy"], Average = true });

        Assert.Equal(["arc_easy"], result.Resolved.Benchmarks);
    }
}
