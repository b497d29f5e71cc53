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

    [Fact]
    public async Task Export_HeatmapAsPng_IsARasterisedFigure()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/statistics?view=correlations");
        await page.Locator("[data-testid=correlation-heatmap]").WaitForAsync(new() { Timeout = 60_000 });

        await page.GetByTestId("export-menu").ClickAsync();
        var png = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Heatmap as PNG (2x)").ClickAsync());
        // Kept beside the screenshots, to look at.
        var path = Path.Combine(fixture.ScreenshotDirectory, "statistics-heatmap-export.png");
        await png.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        Assert.True(width >= 600, $"PNG width {width}");
    }
}
