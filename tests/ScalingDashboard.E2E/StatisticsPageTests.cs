using Microsoft.Playwright;

namespace ScalingDashboard.E2E;

/// <summary>The Statistics page on its shipped example (the Open LLM Leaderboard): every section renders from a link.</summary>
[Collection(BrowserGroup.Name)]
public sealed class StatisticsPageTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("", "groups", "anova-reading")]
    [InlineData("?view=correlations&corr=spearman", "correlations", "correlation-heatmap")]
    [InlineData("?view=model", "model", "model-plot")]
    [InlineData("?view=clusters&group=type", "clusters", "map-plot")]
    public async Task Link_EachSection_RendersItsResult(string query, string section, string testId)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/statistics" + query);

        await page.Locator($"[data-testid=section-{section}] [data-testid={testId}]").First.WaitForAsync(new() { Timeout = 60_000 });
        if (testId.EndsWith("-plot", StringComparison.Ordinal))
        {
            await page.Locator($"[data-testid={testId}] .js-plotly-plot svg.main-svg").First.WaitForAsync();
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, $"statistics-{section}.png"), FullPage = true });
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync());
    }

    [Fact]
    public async Task Link_ModelView_ReadsEdfAndQuotesTheMgcvFormula()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/statistics?view=model&y=hellaswag&x=params_b&re=architecture");

        var reading = page.Locator("[data-testid=model-reading]");
        await reading.WaitForAsync(new() { Timeout = 60_000 });
        // mgcv's edf for this model is 5.8224 (tests/ScalingDashboard.Core.Tests/Statistics/AdditiveModel/Fixtures).
        Assert.Contains("edf 5.82", await reading.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("s(log(params_b), bs=\"cr\", k=10) + s(architecture, bs=\"re\")",
            await page.Locator("[data-testid=model-formula]").InnerTextAsync(), StringComparison.Ordinal);
    }
}
