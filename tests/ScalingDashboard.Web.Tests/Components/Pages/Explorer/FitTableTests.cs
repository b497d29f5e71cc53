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
}
