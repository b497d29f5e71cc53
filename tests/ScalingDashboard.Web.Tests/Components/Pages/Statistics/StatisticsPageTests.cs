using ScalingDashboard.Web.Components.Pages.Statistics;

namespace ScalingDashboard.Web.Tests.Components.Pages.Statistics;

/// <summary>
/// The Statistics page over a hand-made table whose answers are known in closed form: three architectures with
/// hellaswag means 0.4, 0.6, 0.8 and within-group spread ±0.1 give SSB = 0.24, SSW = 0.06, F(2, 6) = 12 and
/// p = (1 + 2·12/6)^-3 = 0.008 (the F(2, d) upper tail has that closed form).
/// </summary>
public sealed class StatisticsPageTests : DashboardTestContext
{
    private const string Table = """
        model,architecture,params_b,hellaswag,<b>arc</b>
        a1,Alpha,1,0.3,0.20
        a2,Alpha,2,0.4,0.30
        a3,Alpha,3,0.5,0.35
        b1,Beta,4,0.5,0.45
        b2,Beta,5,0.6,0.50
        b3,Beta,6,0.7,0.62
        c1,Gamma,7,0.7,0.70
        c2,Gamma,8,0.8,0.72
        c3,Gamma,9,0.9,0.85
        d1,Delta,10,,0.9
        """;

    public StatisticsPageTests()
    {
        Store.UpsertExample("example-groups", "Known groups", Table, isSynthetic: true);
        AddAnalysisServices();
    }

    [Fact]
    public void GroupsLink_ReadsTheAnovaInPlainWords_AndCountsRowsLeftOut()
    {
        var page = RenderPage<StatisticsPage>("statistics?dataset=example-groups&bench=hellaswag&group=architecture");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=anova-reading]")), TimeSpan.FromSeconds(20));
        var reading = page.Find("[data-testid=anova-reading]").TextContent;
        Assert.Contains("F(2, 6) = 12, p = 0.008", reading, StringComparison.Ordinal);
        Assert.Contains("differs between these 3 groups", reading, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=tukey-table]"));
        // Delta has no hellaswag score: left out and counted, with no single-model warning for this benchmark.
        Assert.Contains(">1<", page.Find("[data-testid=anova-table] tbody tr").InnerHtml, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=single-model-groups]"));
    }

    [Fact]
    public void GroupWithOneModel_IsKept_WithAPlainWarning()
    {
        var page = RenderPage<StatisticsPage>("statistics?dataset=example-groups&bench=%3Cb%3Earc%3C%2Fb%3E&group=architecture");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=single-model-groups]")), TimeSpan.FromSeconds(20));
        Assert.StartsWith("Delta has a single model with a <b>arc</b> score", page.Find("[data-testid=single-model-groups]").TextContent, StringComparison.Ordinal);
        Assert.Contains("F(3, 6)", page.Find("[data-testid=anova-reading]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrelationsLink_ShowsTheHeatmap_WithNamesFromTheFileAsText()
    {
        var page = RenderPage<StatisticsPage>("statistics?dataset=example-groups&view=correlations");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=correlation-heatmap]")), TimeSpan.FromSeconds(20));
        var heatmap = page.Find("[data-testid=correlation-heatmap]");
        // The header "<b>arc</b>" from the file is shown as text, never as a bold element.
        Assert.Empty(heatmap.QuerySelectorAll("b"));
        Assert.Contains("<b>arc</b>", heatmap.TextContent, StringComparison.Ordinal);
        Assert.Contains("1.00", heatmap.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelLink_WithTooFewDistinctX_SaysWhatToChange()
    {
        var page = RenderPage<StatisticsPage>("statistics?dataset=example-groups&view=model&y=hellaswag&x=architecture&re=architecture");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=section-model]")), TimeSpan.FromSeconds(20));
        Assert.Empty(page.FindAll("[data-testid=model-plot]"));
        Assert.False(string.IsNullOrWhiteSpace(page.Find("[data-testid=section-model]").TextContent));
    }

    [Fact]
    public void BadLinkValues_KeepTheirDefaults_AndAreNamed()
    {
        var page = RenderPage<StatisticsPage>("statistics?dataset=example-groups&conf=7&edges=3,1&closed=middle");

        var problems = string.Join(" | ", page.FindAll("[data-testid=link-problem]").Select(p => p.TextContent));
        Assert.Contains("conf", problems, StringComparison.Ordinal);
        Assert.Contains("edges", problems, StringComparison.Ordinal);
        Assert.Contains("closed", problems, StringComparison.Ordinal);
    }
}
