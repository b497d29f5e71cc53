using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Web.Components.Pages.Explorer;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer;

public sealed class FitTableTests : DashboardTestContext
{
    [Fact]
    public void Rows_ConvergedFit_ShowParametersMetricsAndTheSeedsTable11Reading()
    {
        var result = ExplorerResults.Run(LadderTable.Build(), new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 1e21 } });

        var table = Render<FitTable>(p => p.Add(t => t.Fits, result.Fits));

        var row = table.Find("[data-testid=fit-row]");
        Assert.Equal("log-accuracy-power-law", row.GetAttribute("data-form"));
        Assert.Contains("alpha = 0.2", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("seed Table 11 reading", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("0.0000", table.Find("[data-testid=holdout-mae]").TextContent.Trim());
        Assert.Contains("converged", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OptimiserFitWithBootstrap_ShowsIntervalsAndTheStartsDiagnostics()
    {
        var spec = new AnalysisSpec
        {
            Forms = [Core.Fitting.Forms.LogAccuracyPowerLawCeilingForm.FormId],
            Bootstrap = new BootstrapSettings { Resamples = 20, Seed = 1 },
        };
        var result = ExplorerResults.Run(LadderTable.Build(), spec);

        var table = Render<FitTable>(p => p.Add(t => t.Fits, result.Fits));

        // One interval line per fitted parameter (A, alpha, E), none for the Qrandom setting.
        Assert.Equal(3, table.FindAll("[data-testid=param-interval]").Count);
        Assert.Contains("80% [", table.Find("[data-testid=param-interval]").TextContent, StringComparison.Ordinal);
        // The ceiling form's 16-start grid (4 exponents x 4 floors).
        Assert.Contains("of 16 starts reached the best objective", table.Find("[data-testid=fit-starts]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedFit_NoEvaluation_SaysWhyInWords()
    {
        const string why = "Only 2 models have every value this form needs; a fit needs at least 3.";
        var form = FitFormRegistry.Default.Get("log-accuracy-power-law");
        var failed = new BenchmarkFit("mmlu", form, null, why, [], [], double.NaN);

        var table = Render<FitTable>(p => p.Add(t => t.Fits, [failed]));

        Assert.Equal(why, table.Find("[data-testid=fit-problem]").TextContent);
        Assert.Equal("–", table.Find("[data-testid=holdout-mae]").TextContent.Trim());
    }

    [Fact]
    public void FailedFit_TooFewRows_ShowsTheRunnersReason()
    {
        var result = ExplorerResults.Run(LadderTable.Build(), new AnalysisSpec { Filters = new RowFilters { SizeMax = 1e8 } });

        var table = Render<FitTable>(p => p.Add(t => t.Fits, result.Fits));

        Assert.Contains("a fit needs at least 3", table.Find("[data-testid=fit-problem]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchmarkName_WithMarkup_IsShownAsText()
    {
        var form = FitFormRegistry.Default.Get("sigmoid");
        var failed = new BenchmarkFit("<img src=x onerror=alert(1)>", form, null, "no data", [], [], double.NaN);

        var table = Render<FitTable>(p => p.Add(t => t.Fits, [failed]));

        Assert.Empty(table.FindAll("img"));
        Assert.Contains("<img src=x onerror=alert(1)>", table.Find("[data-testid=fit-row]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedFit_Reason_SitsInAFullWidthRowUnderItsFit()
    {
        const string why = "No row has a positive tokens value.";
        var form = FitFormRegistry.Default.Get("params-tokens");
        var failed = new BenchmarkFit("mmlu", form, null, why, [], [], double.NaN);

        var table = Render<FitTable>(p => p.Add(t => t.Fits, [failed]));

        var problemRow = table.Find("tr.fit-problem-row");
        Assert.Equal("5", problemRow.QuerySelector("td")!.GetAttribute("colspan"));
        Assert.Equal($"why params-tokens failed on mmlu: {why}", string.Join(' ', problemRow.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("failed (reason below)", table.Find("[data-testid=fit-status]").TextContent);
        Assert.Equal(5, table.FindAll("thead th").Count);
    }

    [Fact]
    public void Rows_FitAndHoldout_ShowNMaeMreRmseAndRSquaredSideBySide()
    {
        var result = ExplorerResults.Run(LadderTable.Build(), new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 1e21 } });
        var evaluation = result.Fits[0].Evaluation!;

        var table = Render<FitTable>(p => p.Add(t => t.Fits, result.Fits));

        Assert.Equal("16", table.Find("[data-testid=train-n]").TextContent);
        Assert.Equal("4", table.Find("[data-testid=holdout-n]").TextContent);
        Assert.Equal(Format.Percent(evaluation.Train.Mre), table.Find("[data-testid=train-mre]").TextContent);
        Assert.Equal(Format.Metric(evaluation.Train.Rmse), table.Find("[data-testid=train-rmse]").TextContent);
        Assert.Equal(Format.Metric(evaluation.Validation.RSquared), table.Find("[data-testid=holdout-r2]").TextContent);
        Assert.Equal(Format.Metric(evaluation.Validation.Rmse), table.Find("[data-testid=holdout-rmse]").TextContent);
    }

    [Fact]
    public void Aic_TwoFormsInOneSpace_MarksTheLowerAndNamesTheSpace()
    {
        var result = ExplorerResults.Run(LadderTable.Build(), new AnalysisSpec
        {
            Forms = ["log-accuracy-power-law", "log-accuracy-power-law-ceiling"],
            Holdout = new HoldoutRule { Threshold = 1e21 },
        });
        var criteria = result.Fits.Select(f => f.Evaluation!.Fit.InformationCriteria!).ToList();
        var lower = criteria[0].Aic <= criteria[1].Aic ? 0 : 1;

        var table = Render<FitTable>(p => p.Add(t => t.Fits, result.Fits));

        var rows = table.FindAll("[data-testid=fit-row]");
        Assert.All(rows, r => Assert.Equal("in ln(-ln Q'), n = 16", r.QuerySelector("[data-testid=aic-space]")!.TextContent));
        Assert.NotNull(rows[lower].QuerySelector("[data-testid=aic-best]"));
        Assert.Null(rows[1 - lower].QuerySelector("[data-testid=aic-best]"));
    }

    [Fact]
    public void Aic_FormsInDifferentSpaces_MarksNoBest()
    {
        var result = ExplorerResults.Run(LadderTable.Build(), new AnalysisSpec
        {
            Forms = ["log-accuracy-power-law", "sigmoid"],
            Holdout = new HoldoutRule { Threshold = 1e21 },
        });

        var table = Render<FitTable>(p => p.Add(t => t.Fits, result.Fits));

        Assert.Equal(["in ln(-ln Q'), n = 16", "in score, n = 16"], table.FindAll("[data-testid=aic-space]").Select(e => e.TextContent));
        Assert.Empty(table.FindAll("[data-testid=aic-best]"));
        Assert.Contains("not shown across spaces", table.Find("[data-testid=fit-table-caption]").TextContent, StringComparison.Ordinal);
    }
}
