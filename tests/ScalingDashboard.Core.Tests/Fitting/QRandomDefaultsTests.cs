using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Tests.Fitting;

public class QRandomDefaultsTests
{
    [Theory]
    [InlineData("hellaswag", "acc_norm", 0.2518)] // seed Table 16 (0.252) / Table 11
    [InlineData("piqa", "acc_norm", 0.5286)]
    [InlineData("winogrande", "acc", 0.5)]        // 2 choices
    [InlineData("mmlu", "acc", 0.25)]             // 4 choices
    [InlineData("gsm8k_cot_llama", "exact_match", 0)]
    [InlineData("humaneval-py", "pass@1", 0)]
    public void For_KnownBenchmarks_FollowsTheSeed(string benchmark, string metric, double expected)
    {
        Assert.Equal(expected, QRandomDefaults.For(benchmark, metric));
    }

    [Fact]
    public void EstimateFromWeakModels_WeakRuns_GiveChance()
    {
        Assert.Equal(0.26, QRandomDefaults.EstimateFromWeakModels([1e16, 5e16, 1e18], [0.25, 0.27, 0.6])!.Value, 1e-12);
        Assert.Null(QRandomDefaults.EstimateFromWeakModels([1e18], [0.6]));
    }
}
