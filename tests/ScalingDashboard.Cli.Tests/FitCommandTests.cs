using System.Text.Json;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Cli.Tests;

public class FitCommandTests
{
    private static readonly string Ladder = RepositoryPaths.DataFile("compute-ladder-synthetic.csv");

    private static string[] LadderArgs(params string[] extra) =>
    [
        "fit", "--data", Ladder, "--x", "flops", "--y", "arc_easy", "--form", "log-accuracy-power-law",
        "--qrandom", "0.2918", "--holdout-above", "6e21", .. extra,
    ];

    [Fact]
    public void Json_SyntheticLadder_HasDocumentedShapeAndSaneValues()
    {
        var json = CliRunner.RunJson(LadderArgs("--json"));

        Assert.Equal("log-accuracy-power-law", json.GetProperty("form").GetString());
        Assert.True(json.GetProperty("converged").GetBoolean());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("message").GetString()));
        var parameters = json.GetProperty("parameters");
        var alpha = parameters.GetProperty("alpha").GetDouble();
        var a = parameters.GetProperty("A").GetDouble();
        // The generator's Eq 4 behaves like alpha ≈ 0.18-0.19 in C (seed Table 11: 0.184 for ARC-E).
        Assert.InRange(alpha, 0.15, 0.25);
        Assert.Equal(0.2918, parameters.GetProperty("Qrandom").GetDouble());
        Assert.Equal(-alpha, json.GetProperty("slope").GetDouble(), 12);
        Assert.Equal(Math.Log(a), json.GetProperty("intercept").GetDouble(), 10);
        Assert.InRange(json.GetProperty("standardErrors").GetProperty("alpha").GetDouble(), 1e-4, 0.05);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("standardErrors").GetProperty("Qrandom").ValueKind);

        Assert.Equal("ln(-ln Q')", json.GetProperty("residualSpace").GetString());
        Assert.True(json.GetProperty("aic").GetDouble() < json.GetProperty("bic").GetDouble()); // k ln n > 2k for n > 7

        var train = json.GetProperty("train");
        Assert.InRange(train.GetProperty("n").GetInt32(), 100, 137);
        Assert.InRange(train.GetProperty("r2").GetDouble(), 0.9, 1);
        Assert.InRange(train.GetProperty("mae").GetDouble(), 0.001, 0.03);
        var validation = json.GetProperty("validation");
        Assert.Equal(13, validation.GetProperty("n").GetInt32()); // runs above 6e21 FLOPs in Tables 7-9
        Assert.InRange(validation.GetProperty("mae").GetDouble(), 0.001, 0.03);
        Assert.InRange(validation.GetProperty("mre").GetDouble(), 0.001, 0.05);
        Assert.True(validation.GetProperty("rmse").GetDouble() >= validation.GetProperty("mae").GetDouble());

        var points = json.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(150, points.Count);
        Assert.Equal("run-001", points[0].GetProperty("label").GetString());
        foreach (var point in points)
        {
            var set = point.GetProperty("set").GetString();
            var x = point.GetProperty("x").GetDouble();
            Assert.Contains(set, (string[])["train", "validation", "excluded"]);
            Assert.Equal(set == "validation", x > 6e21);
            Assert.InRange(point.GetProperty("predicted").GetDouble(), 0.2918, 1);
        }

        Assert.Equal(train.GetProperty("n").GetInt32(), points.Count(p => p.GetProperty("set").GetString() == "train"));
    }

    [Fact]
    public void TextReport_PowerLaw_ShowsParametersMetricsAndTable11Reading()
    {
        var (code, stdout, stderr) = CliRunner.Run(LadderArgs());

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("alpha", stdout, StringComparison.Ordinal);
        Assert.Contains("Seed Table 11 reading: \"A\" = e^slope", stdout, StringComparison.Ordinal);
        Assert.Contains("validation   13", stdout, StringComparison.Ordinal);
        Assert.Contains("run-150", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_Unknown_ListsTheNumericColumns()
    {
        var message = CliRunner.AssertFails(1, "No column 'flop' (--x)",
            "fit", "--data", Ladder, "--x", "flop", "--y", "arc_easy", "--form", "log-accuracy-power-law");
        Assert.Contains("Numeric columns: params, tokens, flops", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_Text_IsRefusedAsNotNumeric() =>
        CliRunner.AssertFails(1, "Column 'dataset' (--y) is not numeric",
            "fit", "--data", Ladder, "--x", "flops", "--y", "dataset", "--form", "log-linear");

    [Fact]
    public void Form_Unknown_ListsTheKnownIds() =>
        CliRunner.AssertFails(1, "Known forms: log-accuracy-power-law, log-accuracy-power-law-huber, log-accuracy-power-law-ceiling, log-linear",
            "fit", "--data", Ladder, "--x", "flops", "--y", "arc_easy", "--form", "power");

    [Fact]
    public void SecondX_OneInputForm_IsRefused() =>
        CliRunner.AssertFails(1, "takes one x column", LadderArgs("--x2", "tokens"));

    [Fact]
    public void Fit_NoPointsAboveMargin_FailsWithTheFormsReason() =>
        CliRunner.AssertFails(1, "Fit failed: Needs at least 2 points",
            "fit", "--data", Ladder, "--x", "flops", "--y", "arc_easy", "--form", "log-accuracy-power-law", "--qrandom", "0.9");

    [Fact]
    public void Fit_NonPositiveXUnderALog_IsLeftOutAndCounted()
    {
        using var csv = new CliRunner.TempCsv("model,flops,score\na,0,0.5\nb,1e20,0.6\nc,1e21,0.7\nd,1e22,0.75\n");
        var (code, stdout, stderr) = CliRunner.Run("fit", "--data", csv.Path, "--x", "flops", "--y", "score", "--form", "log-linear", "--json");

        Assert.Equal(0, code);
        Assert.Equal("note: score: 1 of 4 rows has flops <= 0, which log x cannot take; left out.", stderr.Trim());
        Assert.Equal(3, JsonDocument.Parse(stdout).RootElement.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public void Fit_NoUsableRow_FailsWithOneLine()
    {
        using var csv = new CliRunner.TempCsv("model,flops,score\na,0,0.5\nb,-1,0.6\n");
        CliRunner.AssertFails(1, "No usable row: score: 2 of 2 rows have flops <= 0",
            "fit", "--data", csv.Path, "--x", "flops", "--y", "score", "--form", "log-linear");
    }

    [Fact]
    public void Fit_MissingCellsAndUndefinedPredictions_AreLeftOutOrNull()
    {
        using var csv = new CliRunner.TempCsv("model,flops,score\na,1e19,\nb,1e20,0.6\nc,1e21,0.7\nd,1e22,0.75\n");
        var json = CliRunner.RunJson("fit", "--data", csv.Path, "--x", "flops", "--y", "score", "--form", "log-linear", "--json");

        // The row without a score is left out (and counted on stderr), so the first point is b.
        Assert.Equal("b", json.GetProperty("points")[0].GetProperty("label").GetString());
        Assert.Equal(3, json.GetProperty("points").GetArrayLength());
        // No holdout: the validation set is empty, so its errors do not exist.
        Assert.Equal(0, json.GetProperty("validation").GetProperty("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("validation").GetProperty("mae").ValueKind);
    }

    [Fact]
    public void TrainMin_SmallRuns_AreExcluded()
    {
        var json = CliRunner.RunJson(LadderArgs("--train-min", "1e21", "--json"));
        foreach (var point in json.GetProperty("points").EnumerateArray())
        {
            if (point.GetProperty("x").GetDouble() < 1e21)
            {
                Assert.Equal("excluded", point.GetProperty("set").GetString());
            }
        }
    }

    [Theory]
    [InlineData("fit", "--x", "flops")]
    [InlineData("fit", "--data", "f.csv", "--x", "flops", "--y", "s", "--form", "log-linear", "--margin", "abc")]
    [InlineData("fit", "--data", "f.csv", "--x", "flops", "--y", "s", "--form", "log-linear", "--colour", "red")]
    [InlineData("fit", "--data", "f.csv", "--x", "--y", "s", "--form", "log-linear")]
    [InlineData("fit", "--data", "f.csv", "--x", "flops", "--y", "s", "--form", "log-linear", "--qrandom", "1.5")]
    public void Arguments_UsageError_Exits2WithOneLine(params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.DoesNotContain('\n', stderr.TrimEnd('\r', '\n'));
    }

    [Fact]
    public void Data_MissingFile_Exits1() =>
        CliRunner.AssertFails(1, "File not found",
            "fit", "--data", "/no/such/file.csv", "--x", "flops", "--y", "arc_easy", "--form", "log-linear");

    [Fact]
    public void ParamsTokens_SecondXColumn_IsTaken()
    {
        var json = CliRunner.RunJson("fit", "--data", Ladder, "--x", "params", "--x2", "tokens", "--y", "arc_easy",
            "--form", "params-tokens", "--qrandom", "0.2918", "--json");

        Assert.True(json.GetProperty("converged").GetBoolean());
        var parameters = json.GetProperty("parameters");
        // The file is Table 12's ARC-E row plus sampling noise: exponents land near 0.3749 and 0.3812.
        Assert.InRange(parameters.GetProperty("alpha").GetDouble(), 0.25, 0.5);
        Assert.InRange(parameters.GetProperty("beta").GetDouble(), 0.25, 0.5);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("slope").ValueKind);
        var first = json.GetProperty("points")[0];
        Assert.Equal(357.4e9, first.GetProperty("x2").GetDouble(), 1e-3);
        Assert.InRange(json.GetProperty("train").GetProperty("mae").GetDouble(), 0, 0.02);
    }

    [Fact]
    public void TwoInputForm_WithoutX2_IsRefused() =>
        CliRunner.AssertFails(1, "needs --x2: training tokens D",
            "fit", "--data", Ladder, "--x", "params", "--y", "arc_easy", "--form", "params-tokens-ceiling");

    [Fact]
    public void Bnsl_Fit_ReportsWhereTheBreakLies()
    {
        var json = CliRunner.RunJson("fit", "--data", Ladder, "--x", "flops", "--y", "hellaswag", "--form", "bnsl",
            "--qrandom", "0.2518", "--json");

        Assert.True(json.GetProperty("converged").GetBoolean());
        Assert.Contains(json.GetProperty("breakInsideData").ValueKind, (JsonValueKind[])[JsonValueKind.True, JsonValueKind.False]);
        Assert.InRange(json.GetProperty("train").GetProperty("mae").GetDouble(), 0, 0.02);
        Assert.Equal("score", json.GetProperty("residualSpace").GetString());
    }
}
