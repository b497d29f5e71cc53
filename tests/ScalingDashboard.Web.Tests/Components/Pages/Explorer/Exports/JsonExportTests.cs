using System.Text.Json;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Exports;
using ScalingDashboard.Web.Components.Pages.Explorer.Sharing;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer.Exports;

/// <summary>
/// The JSON export is now the whole analysis (the layout <c>fit --view QUERY --json</c> writes): dataset, view (the
/// analysis's link text), x, notes, benchmarks with their chance levels, every fit with its points, sweeps, size view.
/// </summary>
public sealed class JsonExportTests
{
    private const string Mmlu = "MMLU (5-shot), %";
    private const string ArcEasy = "arc_easy|acc_norm";

    private static readonly AnalysisSpec View = new AnalysisSpec
    {
        DatasetId = "seed <003>",
        Benchmarks = [Mmlu, ArcEasy],
        Holdout = new HoldoutRule { Threshold = 1e21 },
    }.WithChanceLevel(Mmlu, 0.25);

    [Fact]
    public void Json_Analysis_ParsesBackWithDatasetViewAndFits()
    {
        var result = ExplorerResults.Run(Table(Mmlu, ArcEasy), View);

        using var doc = JsonDocument.Parse(JsonExport.AnalysisJson(result));

        var root = doc.RootElement;
        Assert.Equal(["dataset", "view", "x", "notes", "benchmarks", "fits", "sweeps", "size"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("seed <003>", root.GetProperty("dataset").GetString());
        // The view is the analysis's link text: reading it back gives the analysis that produced the fits.
        var view = root.GetProperty("view").GetString()!;
        Assert.Equal(AnalysisCodec.Format(View), view);
        Assert.Contains("t=1E%2B21", view, StringComparison.Ordinal);
        Assert.DoesNotContain("margin", view, StringComparison.Ordinal);
        Assert.Equal(View, ExplorerLink.ParseQueryString(view).Value.Analysis);
        Assert.Equal("flops", root.GetProperty("x").GetString());
        Assert.Equal(
            [$"{Mmlu}: 1 of 21 rows has no flops value; left out.", $"{ArcEasy}: 1 of 21 rows has no flops value; left out."],
            root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));

        var benchmarks = root.GetProperty("benchmarks");
        Assert.Equal(0.25, benchmarks[0].GetProperty("qrandom").GetDouble());
        Assert.Equal("set for this analysis", benchmarks[0].GetProperty("qrandomSource").GetString());
        Assert.Equal(0.2918, benchmarks[1].GetProperty("qrandom").GetDouble());
        Assert.StartsWith("seed 003 Table 16", benchmarks[1].GetProperty("qrandomSource").GetString(), StringComparison.Ordinal);
        Assert.Equal(20, benchmarks[0].GetProperty("n").GetInt32());
        Assert.Equal(1, benchmarks[0].GetProperty("leftOut").GetInt32());

        var fits = root.GetProperty("fits");
        Assert.Equal(2, fits.GetArrayLength());
        var fit = fits[0];
        var evaluation = result.Fits[0].Evaluation!;
        Assert.Equal(
            [
                "benchmark", "formula", "form", "parameters", "standardErrors", "parametersAtBound", "slope", "intercept", "aic", "bic",
                "residualSpace", "converged", "message", "diagnostics", "split", "train", "validation", "bootstrap", "intervals", "inverse", "points",
            ],
            fit.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Mmlu, fit.GetProperty("benchmark").GetString());
        Assert.Equal("log-accuracy-power-law", fit.GetProperty("form").GetString());
        Assert.Equal(result.Fits[0].Form.Formula, fit.GetProperty("formula").GetString());
        Assert.Equal(evaluation.Fit.Parameter("alpha").Value, fit.GetProperty("parameters").GetProperty("alpha").GetDouble());
        Assert.Equal(evaluation.Fit.Parameter("A").StandardError, fit.GetProperty("standardErrors").GetProperty("A").GetDouble());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("standardErrors").GetProperty("Qrandom").ValueKind);
        Assert.True(fit.GetProperty("converged").GetBoolean());
        Assert.Equal(evaluation.Train.Count, fit.GetProperty("train").GetProperty("n").GetInt32());
        Assert.Equal(4, fit.GetProperty("validation").GetProperty("n").GetInt32());
        Assert.Equal(evaluation.Validation.Mae, fit.GetProperty("validation").GetProperty("mae").GetDouble());
        Assert.Equal(evaluation.Fit.InformationCriteria!.Aic, fit.GetProperty("aic").GetDouble());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("bootstrap").ValueKind);
        Assert.Equal(evaluation.Points.Count, fit.GetProperty("points").GetArrayLength());
        Assert.Equal(ArcEasy, fits[1].GetProperty("benchmark").GetString());
    }

    [Fact]
    public void Json_FailedFit_WritesNaNAndInfinityAsNull()
    {
        // A threshold below every run leaves nothing to train on: the fit fails and its numbers are NaN.
        var result = ExplorerResults.Run(Table(Mmlu), View with { Benchmarks = [Mmlu], Holdout = new HoldoutRule { Threshold = 1 } });

        using var doc = JsonDocument.Parse(JsonExport.AnalysisJson(result));

        var fit = doc.RootElement.GetProperty("fits")[0];
        Assert.False(fit.GetProperty("converged").GetBoolean());
        Assert.NotEmpty(fit.GetProperty("message").GetString()!);
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("parameters").GetProperty("A").ValueKind);
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("parameters").GetProperty("alpha").ValueKind);
        Assert.Equal(0.25, fit.GetProperty("parameters").GetProperty("Qrandom").GetDouble()); // fixed, not fitted
        Assert.All(fit.GetProperty("standardErrors").EnumerateObject(), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
        Assert.All(fit.GetProperty("train").EnumerateObject().Where(p => p.Name != "n"), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
        Assert.Equal(0, fit.GetProperty("train").GetProperty("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("validation").GetProperty("mae").ValueKind);
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("aic").ValueKind);
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("bic").ValueKind);
        Assert.All(fit.GetProperty("points").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("predicted").ValueKind));
    }

    [Fact]
    public void Json_DefaultViewWithoutDataset_GivesNullDatasetAndEmptyView()
    {
        // How the Explorer draws (the y scale) is not part of the analysis, so it is not in the view.
        var result = ExplorerResults.Run(LadderTable.Build(), new ExplorerState { YScale = YScale.NegLogNormalised });

        using var doc = JsonDocument.Parse(JsonExport.AnalysisJson(result));

        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("dataset").ValueKind);
        Assert.Equal(string.Empty, doc.RootElement.GetProperty("view").GetString());
        Assert.Equal("mmlu", Assert.Single(doc.RootElement.GetProperty("fits").EnumerateArray()).GetProperty("benchmark").GetString());
    }

    [Fact]
    public void Json_WithBootstrap_WritesTheBandAndPointIntervals()
    {
        var spec = View with { Benchmarks = [Mmlu], Bootstrap = new BootstrapSettings { Resamples = BootstrapSettings.DefaultResamples, Seed = 11 } };
        var result = ExplorerResults.Run(Table(Mmlu), spec);

        using var doc = JsonDocument.Parse(JsonExport.AnalysisJson(result));

        var bootstrap = doc.RootElement.GetProperty("fits")[0].GetProperty("bootstrap");
        Assert.Equal(BootstrapSettings.DefaultResamples, bootstrap.GetProperty("resamples").GetInt32());
        Assert.Equal(11, bootstrap.GetProperty("seed").GetInt32());
        Assert.Equal(FitBands.GridPoints, bootstrap.GetProperty("band").GetArrayLength());
        Assert.Equal(4, bootstrap.GetProperty("validation").GetProperty("n").GetInt32());
        Assert.All(doc.RootElement.GetProperty("fits")[0].GetProperty("points").EnumerateArray(), p => Assert.True(p.TryGetProperty("lower", out _)));
    }

    [Fact]
    public void Json_OddBenchmarkNameAndFailedFit_RoundTripThroughTheParser()
    {
        const string name = "<script>\"x\"</script> 日本 🚀 \\ \n";
        var result = ExplorerResults.Run(Table(name), new AnalysisSpec { Benchmarks = [name], Holdout = new HoldoutRule { Threshold = 1 } });

        var json = JsonExport.AnalysisJson(result);
        using var doc = JsonDocument.Parse(json);

        var fit = doc.RootElement.GetProperty("fits")[0];
        Assert.Equal(name, fit.GetProperty("benchmark").GetString());
        Assert.Equal(name, doc.RootElement.GetProperty("benchmarks")[0].GetProperty("name").GetString());
        Assert.False(fit.GetProperty("converged").GetBoolean());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("parameters").GetProperty("A").ValueKind);
        // Relaxed escaping, shared with the CLI: the file is a download, never HTML, so markup stays readable.
        Assert.Contains("<script>\\\"x\\\"</script>", json, StringComparison.Ordinal);
        Assert.Contains("\n  \"fits\"", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    /// <summary>The ladder with its score column copied under each of <paramref name="benchmarks"/>.</summary>
    private static Leaderboard Table(params string[] benchmarks)
    {
        var ladder = LadderTable.Build();
        var scores = ladder.FindColumn("mmlu")!.Numbers;
        return new Leaderboard(ladder.ModelNames,
        [
            .. ladder.Columns.Where(c => c.Header != "mmlu"),
            .. benchmarks.Select(b => new LeaderboardColumn(b, ColumnRole.Score, scores, null, ColumnUnit.None)),
        ]);
    }
}
