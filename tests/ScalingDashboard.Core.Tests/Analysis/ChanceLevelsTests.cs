using ScalingDashboard.Core.Analysis;

namespace ScalingDashboard.Core.Tests.Analysis;

public class ChanceLevelsTests
{
    [Theory]
    [InlineData("hellaswag|acc_norm", 0.2518, ChanceLevelSource.SeedTable16)] // seed Table 16 (0.252) / Table 11
    [InlineData("piqa", 0.5286, ChanceLevelSource.SeedTable16)]              // a bare name is read as acc_norm
    [InlineData("winogrande|acc", 0.5, ChanceLevelSource.Choices)]           // 2 choices
    [InlineData("mmlu|acc", 0.25, ChanceLevelSource.Choices)]                // 4 choices
    [InlineData("ARC", 0.25, ChanceLevelSource.Choices)]                     // the Open LLM Leaderboard's 4-choice ARC
    [InlineData("MMLU-Pro", 0.1, ChanceLevelSource.Choices)]                 // 10 choices; '-' and case do not matter
    [InlineData("gsm8k_cot_llama|exact_match", 0, ChanceLevelSource.Generative)]
    [InlineData("humaneval-py|pass@1", 0, ChanceLevelSource.Generative)]
    [InlineData("my_new_task", 0, ChanceLevelSource.Unknown)]
    public void Default_KnownAndUnknownNames_SayWhereTheValueComesFrom(string header, double expected, ChanceLevelSource source)
    {
        var level = ChanceLevels.Default(header);

        Assert.Equal(expected, level.Value, 12);
        Assert.Equal(source, level.Source);
        Assert.False(string.IsNullOrWhiteSpace(level.Explanation));
    }

    [Fact]
    public void EstimateFromWeakRuns_MeanOfRunsUnder1e17_OrNullWhenNone()
    {
        var estimate = ChanceLevels.EstimateFromWeakRuns([1e16, 5e16, 1e18], [0.25, 0.27, 0.6]);

        Assert.Equal(0.26, estimate!.Value, 12);
        Assert.Equal(ChanceLevelSource.EstimatedFromWeakRuns, estimate.Source);
        Assert.Null(ChanceLevels.EstimateFromWeakRuns([1e18], [0.6]));
    }
}
