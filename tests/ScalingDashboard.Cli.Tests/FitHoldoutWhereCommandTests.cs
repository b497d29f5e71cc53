using System.Text.Json;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Cli.Tests;

/// <summary><c>fit --holdout-where</c>: validation rows picked by a condition on any columns.</summary>
public class FitHoldoutWhereCommandTests
{
    private static readonly string Ladder = RepositoryPaths.DataFile("compute-ladder-synthetic.csv");

    private static string[] Args(params string[] extra) =>
    [
        "fit", "--data", Ladder, "--x", "flops", "--y", "arc_easy", "--form", "log-accuracy-power-law", "--qrandom", "0.2918", "--json", .. extra,
    ];

    private static string Strip(JsonElement json, string name) => JsonSerializer.Serialize(json.GetProperty(name));

    [Fact]
    public void HoldoutWhere_ConditionOnXAlone_GivesExactlyTheThresholdSplit()
    {
        var byThreshold = CliRunner.RunJson(Args("--holdout-above", "6e21", "--train-min", "3e18"));
        var byCondition = CliRunner.RunJson(Args("--holdout-where", "flops > 6e21", "--train-min", "3e18"));

        Assert.Equal(Strip(byThreshold, "parameters"), Strip(byCondition, "parameters"));
        Assert.Equal(Strip(byThreshold, "train"), Strip(byCondition, "train"));
        Assert.Equal(Strip(byThreshold, "validation"), Strip(byCondition, "validation"));
        Assert.Equal(Strip(byThreshold, "points"), Strip(byCondition, "points"));
        Assert.Equal("validate where flops > 6e21, train on the rest with x >= 3E+18", byCondition.GetProperty("split").GetString());
    }

    [Fact]
    public void HoldoutWhere_ConditionOnAnotherColumn_MovesThoseRowsToValidation()
    {
        var json = CliRunner.RunJson(Args("--holdout-where", "flops > 6e21 or layers <= 4"));

        var points = json.GetProperty("points").EnumerateArray().ToList();
        var validation = points.Where(p => p.GetProperty("set").GetString() == "validation").ToList();
        // The 13 runs above 6e21 FLOPs plus the 17 smallest models (2-4 layers, all far below 6e21).
        Assert.Equal(30, validation.Count);
        Assert.Equal(17, validation.Count(p => p.GetProperty("x").GetDouble() <= 6e21));
        Assert.Equal(30, json.GetProperty("validation").GetProperty("n").GetInt32());
        Assert.Equal(120, points.Count(p => p.GetProperty("set").GetString() == "train"));
    }

    [Theory]
    [InlineData("flop > 1", "--holdout-where: No column 'flop'.")]
    [InlineData("flops > many", "--holdout-where: 'flops' is numeric, but 'many' is not a number.")]
    [InlineData("(flops > 1", "--holdout-where: The '(' at position 1 is never closed.")]
    public void HoldoutWhere_BadCondition_IsOneLineAndExit1(string condition, string fragment) =>
        CliRunner.AssertFails(1, fragment, Args("--holdout-where", condition));

    [Fact]
    public void HoldoutWhere_WithThreshold_IsUsageError() =>
        CliRunner.AssertFails(2, "either --holdout-above T or --holdout-where COND", Args("--holdout-above", "1e21", "--holdout-where", "flops > 1e21"));
}
