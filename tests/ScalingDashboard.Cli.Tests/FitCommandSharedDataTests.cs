using System.Text.Json;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;
using Xunit.Abstractions;

namespace ScalingDashboard.Cli.Tests;

/// <summary>The CLI on the seed's released DCLM runs must print exactly what the Core computes (Table 3 setting).</summary>
public class FitCommandSharedDataTests(ITestOutputHelper output)
{
    [SharedDataFact("apple_downstream")]
    public void Fit_ArcEasyHoldout_MaeEqualsTheCoreValue()
    {
        var path = SharedData.PathOf("apple_downstream/dclm_tpr20_wide.csv");

        var json = CliRunner.RunJson("fit", "--data", path, "--x", "flops_6ND", "--y", "arc_easy|acc_norm",
            "--form", "log-accuracy-power-law", "--qrandom", "0.2918", "--train-min", "3e18", "--holdout-above", "6e21", "--json");

        var data = SharedData.ReadNumericColumns(path, "flops_6ND", "arc_easy|acc_norm");
        var core = HoldoutEvaluation.Evaluate(new LogAccuracyPowerLawForm(),
            new FitRequest(data["flops_6ND"], data["arc_easy|acc_norm"]) { QRandom = 0.2918 },
            HoldoutSplit.ByThreshold(6e21, trainMin: 3e18));
        var validation = json.GetProperty("validation");
        var mae = validation.GetProperty("mae").GetDouble();
        output.WriteLine($"ARC-E holdout MAE: CLI {mae:F6}, Core {core.Validation.Mae:F6}, seed Table 3 0.0186");

        Assert.Equal(core.Validation.Mae, mae, 12);
        Assert.Equal(0.013076, mae, 1e-6); // the independent Python OLS value in AppleDownstreamPowerLawTests
        Assert.Equal(8, validation.GetProperty("n").GetInt32());
        Assert.Equal(core.Fit.Parameter("alpha").Value, json.GetProperty("parameters").GetProperty("alpha").GetDouble(), 12);
    }

    [SharedDataFact("apple_downstream")]
    public void PassAtK_WideColumns_StackAndMatchTable13()
    {
        var path = SharedData.PathOf("apple_downstream/dclm_tpr20_wide.csv");

        var json = CliRunner.RunJson("fit", "--data", path, "--x", "flops_6ND", "--y", "humaneval-py|pass@", "--form", "pass-at-k", "--json");

        Assert.True(json.GetProperty("converged").GetBoolean());
        var points = json.GetProperty("points");
        Assert.Equal(8 * 54, points.GetArrayLength());
        Assert.Equal(1, points[0].GetProperty("x2").GetDouble());
        // Table 13 prints e^alpha under "A": 0.8413 for HumanEval.
        Assert.Equal(0.8413, Math.Exp(json.GetProperty("parameters").GetProperty("alpha").GetDouble()), 0.001);
    }

    [SharedDataFact("apple_downstream")]
    public void Average_NormalisedScores_FitsLikeTable14()
    {
        var path = SharedData.PathOf("apple_downstream/dclm_tpr20_wide.csv");

        const string spec = "arc_easy|acc_norm:0.2918,arc_challenge|acc_norm:0.2150,sciq|acc_norm:0.3039,piqa|acc_norm:0.5286,"
            + "hellaswag|acc_norm:0.2518,winogrande|acc:0.5,webqs_1shot|exact_match:0,triviaqa_1shot|exact_match:0,"
            + "lambada_openai|acc:0,humaneval-py|pass@1:0";
        var json = CliRunner.RunJson("fit", "--data", path, "--x", "flops_6ND", "--average", spec,
            "--form", "log-accuracy-power-law", "--holdout-above", "6e21", "--json");

        // Same numbers as BenchmarkAverageTests (Table 14: 0.0030 and 0.0116).
        Assert.Equal(0.0033, json.GetProperty("train").GetProperty("mae").GetDouble(), 0.0005);
        Assert.Equal(0.0136, json.GetProperty("validation").GetProperty("mae").GetDouble(), 0.0005);
    }

    [Fact]
    public void Average_TogetherWithY_IsUsageError() =>
        CliRunner.AssertFails(2, "drop --y", "fit", "--data", "f.csv", "--x", "c", "--y", "s", "--average", "a:0", "--form", "log-linear");
}
