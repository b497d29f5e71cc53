using Microsoft.Playwright;

namespace ScalingDashboard.E2E;

/// <summary>The Matrix page on its shipped example (ObsScaling's instruction-tuned models): trains from a link.</summary>
[Collection(BrowserGroup.Name)]
public sealed class MatrixPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Link_TrainsAndDrawsTheCompletedMatrixAndTheHeldOutPlot()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/matrix");

        await page.Locator("[data-testid=matrix-reading]").WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator("[data-testid=heldout-plot] .js-plotly-plot svg.main-svg").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "matrix.png"), FullPage = true });

        // 27 models x 9 tasks with 24 cells missing: every missing cell is predicted and marked.
        Assert.Equal(24, await page.Locator("[data-testid=matrix-heatmap] td.predicted").CountAsync());
        Assert.Contains("27 models x 9 tasks", await page.Locator("[data-testid=matrix-reading]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync());
    }

    [Fact]
    public async Task PerspectiveLink_ShowsHiddenScoresBesideTheActualOnes()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/matrix?persp=cpp2&epochs=100");

        await page.Locator("[data-testid=perspective-table]").WaitForAsync(new() { Timeout = 60_000 });
        // Plots out of sight draw when scrolled to: bring the perspective's into view for the screenshot.
        await page.Locator("[data-testid=perspective-plot]").ScrollIntoViewIfNeededAsync();
        await page.Locator("[data-testid=perspective-plot] .js-plotly-plot .scatterlayer .trace").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "matrix-cpp2.png"), FullPage = true });

        Assert.True(await page.Locator("[data-testid=perspective-table] tbody tr").CountAsync() > 10);
        Assert.Contains("CPP-2", await page.Locator("[data-testid=section-perspective]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPredictedColumns_OpensACopyInTheExplorer_WithTheMarkedColumnBesideItsTask()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/matrix?epochs=50&seeds=1");
        await page.GetByTestId("add-predicted").ClickAsync(new() { Timeout = 60_000 });

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/explorer\\?dataset="), new() { Timeout = 20_000 });
        // The first task with a predicted cell is Arena-Elo (8 of 27 missing); both columns are fitted side by side.
        Assert.Contains("bench=Arena-Elo%2CArena-Elo%20%28predicted%29", page.Url, StringComparison.Ordinal);
        await page.Locator("[data-testid=scaling-plot-1] .js-plotly-plot svg.main-svg").First.WaitForAsync(new() { Timeout = 60_000 });
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync());

        // The example itself is untouched: its Matrix view still predicts the same 24 cells.
        await page.GotoAsync("/matrix?epochs=50&seeds=1");
        await page.Locator("[data-testid=matrix-heatmap]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(24, await page.Locator("[data-testid=matrix-heatmap] td.predicted").CountAsync());
    }
}
