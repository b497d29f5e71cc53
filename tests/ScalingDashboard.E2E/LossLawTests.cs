using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ScalingDashboard.E2E;

/// <summary>The loss law in the Explorer: the allocation panel, its calculator in the link, and loss spoken as loss.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LossLawTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LossLadderLink_ShowsAllocationPlots_AndTheTypedBudgetGoesIntoTheLink()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?dataset=example-loss-ladder-synthetic&bench=loss&x=params&x2=tokens&forms=loss-params-tokens");

        // The 4,500-start fit and its sweep take a while in a Debug build on two cores.
        var panel = page.GetByTestId("allocation-panel");
        await panel.WaitForAsync(new() { Timeout = 180_000 });
        await page.Locator("[data-testid=allocation-compute-0] .js-plotly-plot svg.main-svg").First.WaitForAsync();
        await page.Locator("[data-testid=allocation-isoloss-0] .js-plotly-plot svg.main-svg").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=allocation-compute-0] .legendtext", new() { HasText = "budget" }).CountAsync());
        // A loss has no chance level: the controls say so instead of offering one.
        await page.GetByTestId("loss-note").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("y-scale").CountAsync());
        Assert.Equal(0, await page.GetByTestId("size-plot").CountAsync());

        var budget = page.Locator("input[data-testid=budget-text], [data-testid=budget-text] input").First;
        await budget.FillAsync("1e24");
        await budget.PressAsync("Enter");
        await page.GetByTestId("budget-answer").WaitForAsync();
        // The shipped ladder's law at 1e24 FLOPs (fit recorded in the CLI tests): N 4.27e10, D 3.90e12.
        var answer = await page.GetByTestId("budget-answer").InnerTextAsync();
        Assert.Contains("N 42.7B parameters", answer, StringComparison.Ordinal);
        await page.WaitForURLAsync(new Regex("budget=1E%2B24"));
        // The budget is marked on both plots (a legend entry each, absent before it was typed).
        foreach (var plot in new[] { "allocation-compute-0", "allocation-isoloss-0" })
        {
            // A plot out of sight waits to redraw until it is seen (ScalingPlot), so bring it on screen first.
            await page.GetByTestId(plot).ScrollIntoViewIfNeededAsync();
            await Eventually.Expect(async () =>
                Assert.Equal(1, await page.Locator($"[data-testid={plot}] .legendtext", new() { HasText = "budget 1e24 FLOPs" }).CountAsync()));
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "explorer-loss-allocation.png"), FullPage = true });

        // The link restores the calculator in a fresh browser.
        var other = await fixture.NewPageAsync();
        await other.GotoAsync(page.Url);
        await other.GetByTestId("budget-answer").WaitForAsync(new() { Timeout = 180_000 });
        Assert.Contains("N 42.7B parameters", await other.GetByTestId("budget-answer").InnerTextAsync(), StringComparison.Ordinal);
    }
}
