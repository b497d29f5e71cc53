using System.Collections.Immutable;
using System.Text.Json;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Exports;

namespace ScalingDashboard.Web.Tests.Explorer;

public sealed class JsonExportTests
{
    private static readonly ExplorerState View = new()
    {
        DatasetId = "seed <003>",
        Benchmarks = ["MMLU (5-shot), %", "arc_easy|acc_norm"],
        Threshold = 1e21,
        QRandom = ImmutableDictionary<string, double>.Empty.Add("MMLU (5-shot), %", 0.25),
    };

    [Fact]
    public void Json_ParsesBackWithDatasetViewAndFits()
    {
        var evaluation = FitSamples.Evaluate();
        var row = FitTableRow.Create("MMLU (5-shot), %", FitSamples.Form, evaluation, aic: -40.5);

        using var doc = JsonDocument.Parse(JsonExport.FitParametersJson([row], View));

        var root = doc.RootElement;
        Assert.Equal(["dataset", "view", "fits"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("seed <003>", root.GetProperty("dataset").GetString());
        var view = root.GetProperty("view");
        Assert.Equal("seed <003>", view.GetProperty("dataset").GetString());
        Assert.Equal("MMLU (5-shot)%2C %25,arc_easy|acc_norm", view.GetProperty("bench").GetString());
        Assert.Equal("1E+21", view.GetProperty("t").GetString());
        Assert.False(view.TryGetProperty("margin", out _));

        var fit = Assert.Single(root.GetProperty("fits").EnumerateArray());
        Assert.Equal(
            ["benchmark", "form", "formula", "parameters", "standardErrors", "converged", "message", "train", "validation", "aic", "bic"],
            fit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("log-accuracy-power-law", fit.GetProperty("form").GetString());
        Assert.Equal(FitSamples.Form.Formula, fit.GetProperty("formula").GetString());
        Assert.Equal(evaluation.Fit.Parameter("alpha").Value, fit.GetProperty("parameters").GetProperty("alpha").GetDouble());
        Assert.Equal(evaluation.Fit.Parameter("A").StandardError, fit.GetProperty("standardErrors").GetProperty("A").GetDouble());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("standardErrors").GetProperty("Qrandom").ValueKind);
        Assert.True(fit.GetProperty("converged").GetBoolean());
        Assert.Equal(evaluation.Train.Count, fit.GetProperty("train").GetProperty("n").GetInt32());
        Assert.Equal(evaluation.Validation.Mae, fit.GetProperty("validation").GetProperty("mae").GetDouble());
        Assert.Equal(-40.5, fit.GetProperty("aic").GetDouble());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("bic").ValueKind);
    }

    [Fact]
    public void Json_NaNAndInfinity_AreWrittenAsNull()
    {
        var row = new FitTableRow(
            "mmlu", "log-log", "formula", [new ParameterEstimate("a", double.NaN, double.PositiveInfinity)],
            ErrorMetrics.Empty, new ErrorMetrics(1, 0.1, double.NaN, 0.1, double.NaN), double.NaN, double.NegativeInfinity, false, "failed");

        using var doc = JsonDocument.Parse(JsonExport.FitParametersJson([row], new ExplorerState()));

        var fit = doc.RootElement.GetProperty("fits")[0];
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("parameters").GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("standardErrors").GetProperty("a").ValueKind);
        Assert.All(fit.GetProperty("train").EnumerateObject().Where(p => p.Name != "n"), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
        Assert.Equal(0, fit.GetProperty("train").GetProperty("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("validation").GetProperty("mre").ValueKind);
        Assert.Equal(0.1, fit.GetProperty("validation").GetProperty("mae").GetDouble());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("aic").ValueKind);
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("bic").ValueKind);
        Assert.False(fit.GetProperty("converged").GetBoolean());
    }

    [Fact]
    public void Json_DefaultViewAndNoDataset_GiveEmptyViewAndNullDataset()
    {
        using var doc = JsonDocument.Parse(JsonExport.FitParametersJson([], new ExplorerState()));

        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("dataset").ValueKind);
        Assert.Empty(doc.RootElement.GetProperty("view").EnumerateObject());
        Assert.Empty(doc.RootElement.GetProperty("fits").EnumerateArray());
    }

    [Fact]
    public void Json_OddTextAndFailedFit_RoundTripThroughTheParser()
    {
        const string name = "<script>\"x\"</script> 日本 🚀 \\ \n";
        var failed = FitTableRow.Create(name, FitSamples.Form, HoldoutEvaluation.Evaluate(FitSamples.Form, FitSamples.Request(), HoldoutSplit.ByThreshold(1)));

        var json = JsonExport.FitParametersJson([failed], View with { Benchmarks = [name] });
        using var doc = JsonDocument.Parse(json);

        var fit = doc.RootElement.GetProperty("fits")[0];
        Assert.Equal(name, fit.GetProperty("benchmark").GetString());
        Assert.False(fit.GetProperty("converged").GetBoolean());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("parameters").GetProperty("A").ValueKind);
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Contains("\n  \"fits\"", json, StringComparison.Ordinal);
    }
}
