using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Data;

public class OpenLlmLeaderboardTests
{
    private const string RelativePath = "open-llm-leaderboard/open_llm_leaderboard_v1_2024-07-07.csv";

    [SharedDataFact("open-llm-leaderboard")]
    public void Read_OpenLlmLeaderboardV1_MapsColumns()
    {
        var path = SharedData.PathOf(RelativePath);

        var result = LeaderboardReader.Read(File.ReadAllText(path));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(',', result.Delimiter);
        var leaderboard = result.Leaderboard!;
        Assert.Equal(7169, leaderboard.RowCount);

        var parameters = leaderboard.Column("params_b");
        Assert.Equal(ColumnRole.Parameters, parameters.Role);
        Assert.Equal(1e9, parameters.Unit.Multiplier);
        Assert.Equal(72e9, parameters.Numbers[0]);

        Assert.Equal(
            ["arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k"],
            leaderboard.ScoreColumns.Select(c => c.Header));
        Assert.All(leaderboard.ScoreColumns, c =>
        {
            Assert.Equal("percent, divided by 100", c.Unit.Description);
            Assert.All(c.Numbers, n => Assert.InRange(n!.Value, 0, 1));
        });
        Assert.Equal(0.785, leaderboard.Column("arc").Numbers[0]);

        Assert.Contains(leaderboard.FindColumn(ColumnRole.ModelName)!.Header, new[] { "fullname", "model" });
        Assert.Equal("paloalma/Le_Triomphant-ECE-TW3", leaderboard.ModelNames[0]);
        Assert.Equal(ColumnRole.Family, leaderboard.Column("architecture").Role);
        Assert.Equal(ColumnRole.TrainingType, leaderboard.Column("type").Role);
    }
}
