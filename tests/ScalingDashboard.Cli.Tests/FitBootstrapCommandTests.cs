using System.Text.Json;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Cli.Tests;

public class FitBootstrapCommandTests
{
    private static readonly string Ladder = RepositoryPaths.DataFile("compute-ladder-synthetic.csv");

    private static string[] Args(params string[] extra) =>
    [
        "fit", "--data", Ladder, "--x", "flops", "--y", "arc_easy", "--form", "log-accuracy-power-law",
        "--qrandom", "0.2918", "--holdout-above", "6e21", "--json", .. extra,
    ];

    [Fact]
    public void Bootstrap_Text_PrintsThe80And95PercentIntervalsOfTheJson()
    {
        // One analysis, two writers: the text table carries the numbers `intervals` holds in --json.
        var json = CliRunner.RunJson(Args("--bootstrap", "40", "--seed", "3"));
        var (code, text, _) = CliRunner.Run([.. Args("--bootstrap", "40", "--seed", "3").Where(a => a != "--json")]);

        Assert.Equal(0, code);
        Assert.Contains("80% lower", text, StringComparison.Ordinal);
        foreach (var range in json.GetProperty("intervals").EnumerateArray())
        {
            var name = range.GetProperty("name").GetString()!;
            var row = text.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal) && l.Contains(FitCommand.Format(range.GetProperty("lo95").GetDouble()), StringComparison.Ordinal));
            Assert.Contains(FitCommand.Format(range.GetProperty("hi80").GetDouble()), row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bootstrap_Json_HasBandsParameterIntervalsAndPointIntervals()
    {
        var json = CliRunner.RunJson(Args("--bootstrap", "200", "--seed", "3"));

        var bootstrap = json.GetProperty("bootstrap");
        Assert.Equal(200, bootstrap.GetProperty("resamples").GetInt32());
        Assert.Equal(200, bootstrap.GetProperty("converged").GetInt32());
        Assert.Equal(3, bootstrap.GetProperty("seed").GetInt32());
        Assert.Equal(JsonValueKind.Null, bootstrap.GetProperty("family").ValueKind);
        var alpha = json.GetProperty("parameters").GetProperty("alpha").GetDouble();
        var interval = bootstrap.GetProperty("parameters").GetProperty("alpha");
        Assert.InRange(alpha, interval.GetProperty("lower").GetDouble(), interval.GetProperty("upper").GetDouble());

        var band = bootstrap.GetProperty("band").EnumerateArray().ToList();
        Assert.Equal(25, band.Count);
        foreach (var b in band)
        {
            Assert.InRange(b.GetProperty("predicted").GetDouble(), b.GetProperty("lower").GetDouble(), b.GetProperty("upper").GetDouble());
            Assert.True(b.GetProperty("predictionLower").GetDouble() <= b.GetProperty("lower").GetDouble());
        }

        var validation = bootstrap.GetProperty("validation");
        Assert.Equal(13, validation.GetProperty("n").GetInt32());
        Assert.InRange(validation.GetProperty("covered").GetInt32(), 8, 13);
        foreach (var point in json.GetProperty("points").EnumerateArray())
        {
            Assert.True(point.GetProperty("lower").GetDouble() < point.GetProperty("upper").GetDouble());
        }
    }

    [Fact]
    public void Bootstrap_SameSeed_PrintsSameJsonAndFamiliesChangeIt()
    {
        var first = CliRunner.Run(Args("--bootstrap", "100", "--seed", "9")).Stdout;
        var second = CliRunner.Run(Args("--bootstrap", "100", "--seed", "9")).Stdout;
        var byFamily = CliRunner.Run(Args("--bootstrap", "100", "--seed", "9", "--family", "params")).Stdout;

        Assert.Equal(first, second);
        Assert.NotEqual(first, byFamily);
        using var document = JsonDocument.Parse(byFamily);
        Assert.Equal("params", document.RootElement.GetProperty("bootstrap").GetProperty("family").GetString());
    }

    [Fact]
    public void Fit_WithoutBootstrap_BootstrapKeyIsNull() =>
        Assert.Equal(JsonValueKind.Null, CliRunner.RunJson(Args()).GetProperty("bootstrap").ValueKind);

    [Fact]
    public void Family_UnknownColumn_Exits1() =>
        CliRunner.AssertFails(1, "No column 'family' (--family)", Args("--bootstrap", "10", "--family", "family"));

    [Theory]
    [InlineData("1")]
    [InlineData("-3")]
    [InlineData("100001")]
    public void Bootstrap_OneOrOutOfRange_IsUsageError(string resamples) =>
        CliRunner.AssertFails(2, "bootstrap 0 for off, or 2 to 100000", Args("--bootstrap", resamples));

    [Fact]
    public void Seed_WithoutBootstrap_IsUsageError() =>
        CliRunner.AssertFails(2, "only apply with --bootstrap", Args("--seed", "4"));

    [Fact]
    public void TextReport_WithBootstrap_ListsTheBand()
    {
        var (code, stdout, _) = CliRunner.Run(
            "fit", "--data", Ladder, "--x", "flops", "--y", "arc_easy", "--form", "log-accuracy-power-law",
            "--qrandom", "0.2918", "--holdout-above", "6e21", "--bootstrap", "50", "--seed", "1");

        Assert.Equal(0, code);
        Assert.Contains("Bootstrap:  50 resamples of models, seed 1", stdout, StringComparison.Ordinal);
        Assert.Contains("held-out points inside their prediction interval", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Invert_LogLinearFit_ReadsSizesWithCalibrationInterval()
    {
        var json = CliRunner.RunJson("fit", "--data", RepositoryPaths.DataFile("aa-omniscience.csv"), "--x", "params_b",
            "--y", "accuracy_pct", "--form", "log-linear", "--invert", "0.3,0.5", "--json");

        var inverse = json.GetProperty("inverse").EnumerateArray().ToList();
        Assert.Equal(2, inverse.Count);
        var a = json.GetProperty("parameters").GetProperty("a").GetDouble();
        var b = json.GetProperty("parameters").GetProperty("b").GetDouble();
        Assert.Equal(Math.Pow(10, (0.3 - a) / b), inverse[0].GetProperty("x").GetDouble(), 1e-6 * inverse[0].GetProperty("x").GetDouble());
        Assert.InRange(inverse[0].GetProperty("x").GetDouble(), inverse[0].GetProperty("lower").GetDouble(), inverse[0].GetProperty("upper").GetDouble());
    }

    [Fact]
    public void Invert_WithBootstrap_GivesPercentileIntervals()
    {
        var json = CliRunner.RunJson(Args("--bootstrap", "100", "--seed", "2", "--invert", "0.75"));

        var inverse = json.GetProperty("inverse")[0];
        Assert.InRange(inverse.GetProperty("x").GetDouble(), inverse.GetProperty("lower").GetDouble(), inverse.GetProperty("upper").GetDouble());
        Assert.InRange(inverse.GetProperty("x").GetDouble(), 1e21, 1e23); // ARC-E reaches 0.75 near 1e22 FLOPs
    }

    [Fact]
    public void Invert_NonMonotoneForm_Exits1() =>
        CliRunner.AssertFails(1, "not monotone", "fit", "--data", Ladder, "--x", "flops", "--y", "arc_easy", "--form", "bnsl", "--invert", "0.5");

    [Fact]
    public void Invert_BadScore_IsUsageError() =>
        CliRunner.AssertFails(2, "--invert needs finite scores", Args("--invert", "0.5,abc"));
}
