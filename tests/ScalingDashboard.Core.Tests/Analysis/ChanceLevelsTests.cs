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

    // BBH: mean of 1/choices over the Open LLM Leaderboard v2's 24 subtasks (8 with 2 choices, 3 with 3, 1 with 4,
    // 3 with 5, 4 with 6, 2 with 7, 1 each with 11, 18 and 19); MuSR: (1/2 + 1/5 + 1/3) / 3.
    private const double BbhFloor = (8 / 2.0 + 3 / 3.0 + 1 / 4.0 + 3 / 5.0 + 4 / 6.0 + 2 / 7.0 + 1 / 11.0 + 1 / 18.0 + 1 / 19.0) / 24;
    private const double MusrFloor = (1 / 2.0 + 1 / 5.0 + 1 / 3.0) / 3;

    [Theory]
    [InlineData("arc", 0.25, ChanceLevelSource.Choices)]
    [InlineData("Arc", 0.25, ChanceLevelSource.Choices)]
    [InlineData("arc_challenge|acc", 0.25, ChanceLevelSource.Choices)]
    [InlineData("ARC-Easy|acc", 0.25, ChanceLevelSource.Choices)]
    [InlineData("arc_challenge", 0.2150, ChanceLevelSource.SeedTable16)]     // bare: acc_norm, measured by the seed
    [InlineData("ARC-Easy", 0.2918, ChanceLevelSource.SeedTable16)]
    [InlineData("hellaswag", 0.2518, ChanceLevelSource.SeedTable16)]
    [InlineData("hellaswag|acc", 0.25, ChanceLevelSource.Choices)]
    [InlineData("mmlu", 0.25, ChanceLevelSource.Choices)]
    [InlineData("MMLU", 0.25, ChanceLevelSource.Choices)]
    [InlineData("mmlu_pro", 0.1, ChanceLevelSource.Choices)]
    [InlineData("MMLU-PRO", 0.1, ChanceLevelSource.Choices)]
    [InlineData("winogrande", 0.5, ChanceLevelSource.Choices)]
    [InlineData("piqa|acc", 0.5, ChanceLevelSource.Choices)]
    [InlineData("sciq|acc", 0.25, ChanceLevelSource.Choices)]
    [InlineData("gpqa", 0.25, ChanceLevelSource.Choices)]
    [InlineData("GPQA", 0.25, ChanceLevelSource.Choices)]
    [InlineData("truthfulqa", 0.25, ChanceLevelSource.PublishedBaseline)]
    [InlineData("TruthfulQA", 0.25, ChanceLevelSource.PublishedBaseline)]
    [InlineData("truthfulqa_mc1", 0.25, ChanceLevelSource.PublishedBaseline)]
    [InlineData("truthfulqa_mc2", 0.25, ChanceLevelSource.PublishedBaseline)]
    [InlineData("truthfulqa|mc2", 0.25, ChanceLevelSource.PublishedBaseline)]
    [InlineData("bbh", BbhFloor, ChanceLevelSource.SubtaskChoices)]
    [InlineData("BBH", BbhFloor, ChanceLevelSource.SubtaskChoices)]
    [InlineData("musr", MusrFloor, ChanceLevelSource.SubtaskChoices)]
    [InlineData("MuSR", MusrFloor, ChanceLevelSource.SubtaskChoices)]
    [InlineData("gsm8k", 0, ChanceLevelSource.Generative)]
    [InlineData("GSM8K", 0, ChanceLevelSource.Generative)]
    [InlineData("ifeval", 0, ChanceLevelSource.Generative)]
    [InlineData("IFEval", 0, ChanceLevelSource.Generative)]
    [InlineData("math", 0, ChanceLevelSource.Generative)]
    [InlineData("math_lvl5", 0, ChanceLevelSource.Generative)]
    [InlineData("MATH Lvl 5", 0, ChanceLevelSource.Generative)]
    public void Default_LeaderboardHeaderSpellings_MatchTheirBenchmark(string header, double expected, ChanceLevelSource source)
    {
        var level = ChanceLevels.Default(header);

        Assert.Equal(source, level.Source);
        Assert.Equal(expected, level.Value, 12);
    }

    [Fact]
    public void Default_SubtaskAndBaselineSources_ExplainTheirValue()
    {
        Assert.Equal("mean of 1/choices over its 24 subtasks (Open LLM Leaderboard v2 normalisation)", ChanceLevels.Default("bbh").Explanation);
        Assert.Equal("mean of 1/choices over its 3 subtasks (Open LLM Leaderboard v2 normalisation)", ChanceLevels.Default("musr").Explanation);
        Assert.Equal("0.25: the Open LLM Leaderboard v1 baseline row (answer counts vary per question)", ChanceLevels.Default("truthfulqa").Explanation);
        Assert.Equal(0.2917, ChanceLevels.Default("bbh").Value, 4);   // 7.0015 / 24
        Assert.Equal(0.3444, ChanceLevels.Default("musr").Value, 4);
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
