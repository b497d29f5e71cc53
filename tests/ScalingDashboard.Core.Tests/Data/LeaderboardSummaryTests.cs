using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Data;

public class LeaderboardSummaryTests
{
    [Fact]
    public void Create_NumericColumn_GivesCountsAndRange()
    {
        var leaderboard = Csv.ReadOk("model,params,mmlu", "a,7B,50", "b,13B,", "c,70B,70", "d,1B,60", "e,-,65");
        var summary = LeaderboardSummary.Create(leaderboard);
        Assert.Equal(5, summary.RowCount);

        var parameters = summary.Columns[1];
        Assert.Equal(new ColumnSummary("params", ColumnRole.Parameters, "billions (suffix B in cells)", 4, 1, 1e9, 10e9, 70e9, null), parameters);

        var mmlu = summary.Columns[2];
        Assert.Equal(4, mmlu.Present);
        Assert.Equal(1, mmlu.Missing);
        Assert.Equal(0.5, mmlu.Min);
        Assert.Equal(0.625, mmlu.Median);
        Assert.Equal(0.7, mmlu.Max);
    }

    [Fact]
    public void Create_TextColumn_GivesDistinctCount()
    {
        var leaderboard = Csv.ReadOk("model,family,mmlu", "a,llama,0.5", "b,llama,0.5", "c,,0.5", "d,qwen,0.5");
        var family = LeaderboardSummary.Create(leaderboard).Columns[1];
        Assert.Equal(new ColumnSummary("family", ColumnRole.Family, "as written", 3, 1, null, null, null, 2), family);
    }

    [Fact]
    public void Create_AllMissingNumericColumn_HasNoRange()
    {
        var overrides = new Dictionary<string, ColumnRole> { ["tokens"] = ColumnRole.TrainingTokens };
        var leaderboard = LeaderboardReader.Read("model,tokens,mmlu\na,,0.5\n", new ImportOptions(overrides)).Leaderboard!;
        var tokens = LeaderboardSummary.Create(leaderboard).Columns[1];
        Assert.Equal(0, tokens.Present);
        Assert.Equal(1, tokens.Missing);
        Assert.Null(tokens.Min);
        Assert.Null(tokens.Median);
    }
}
