using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static ScalingDashboard.E2E.Eventually;

namespace ScalingDashboard.E2E;

/// <summary>The Explorer's plots, fit table and theme as a user sees them in Chromium, with screenshots to look at.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ExplorerVisualTests(BrowserFixture fixture)
{
    private const string ScalingSvg = "[data-testid=scaling-plot-0] .js-plotly-plot svg.main-svg";

    private async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, name) });

    [Fact]
    public async Task ThresholdLink_1e100_KeepsThePageAliveAndSaysWhyNoLine()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=1e100");
        await page.Locator(ScalingSvg).First.WaitForAsync();

        await Expect(async () => Assert.Contains("far outside the runs", await page.Locator("[data-testid=scaling-plot-0] [data-testid=plot-note]").InnerTextAsync(), StringComparison.Ordinal));
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync());
        await Shot(page, "explorer-threshold-1e100.png");

        // The circuit is alive: a typed threshold still refits and draws its line.
        var field = page.Locator("input[data-testid=threshold-text], [data-testid=threshold-text] input").First;
        await field.FillAsync("6e21");
        await field.PressAsync("Enter");
        await Expect(async () => Assert.Equal(6e21, await page.EvaluateAsync<double?>("""
            () => {
                const gd = document.querySelector('[data-testid=scaling-plot-0] .js-plotly-plot');
                const trace = gd && gd.data ? gd.data.find(t => t.name === 'holdout threshold') : null;
                return trace ? trace.x[0] : null;
            }
            """)));
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync());
    }

    [Fact]
    public async Task Upload_FlopsUpTo1e29_IsDrawnWithoutKillingThePage()
    {
        var csv = new StringBuilder("model,flops,mmlu\n");
        for (var i = 0; i < 20; i++)
        {
            var flops = Math.Pow(10, 24 + (5.0 * i / 19));
            csv.Append(CultureInfo.InvariantCulture, $"run-{i:00},{flops:R},{0.3 + (0.03 * i):0.000}\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"e2e-huge-flops-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv.ToString());
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/data");
        // The example's chart is drawn once the circuit is live; a click on the upload zone before that opens nothing.
        await page.Locator("[data-testid=score-vs-parameters] .js-plotly-plot svg.main-svg").First.WaitForAsync();
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Locator(".upload-zone").ClickAsync());
        await chooser.SetFilesAsync(path);
        await page.GetByTestId("confirm-mapping").ClickAsync();
        await page.WaitForURLAsync(new Regex("dataset=[A-Za-z0-9_-]{20,}"));
        var dataset = Regex.Match(page.Url, "dataset=([A-Za-z0-9_-]+)").Groups[1].Value;

        await page.GotoAsync($"/explorer?dataset={dataset}&t=1e28");
        await page.Locator(ScalingSvg).First.WaitForAsync();

        // Every run is a point Plotly placed, the ones beyond 7.9e28 included.
        await Expect(async () => Assert.Equal(20, await page.Locator("[data-testid=scaling-plot-0] .scatterlayer .point").CountAsync()));
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync());
        await Shot(page, "explorer-flops-1e29.png");
        File.Delete(path);
    }

    [Fact]
    public async Task FitTable_At1440_ShowsEveryColumnAndTheFailureReason()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=3e21&forms=log-accuracy-power-law,sigmoid,params-tokens");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        var table = page.GetByTestId("fit-table");
        await Expect(async () => Assert.Equal(3, await page.Locator("[data-testid=fit-row]").CountAsync()));
        await table.ScrollIntoViewIfNeededAsync();

        // The table fits its column: nothing to scroll sideways, and the last column is on screen.
        var overflow = await table.EvaluateAsync<int>("t => { const s = t.querySelector('.mud-table-container') || t; return s.scrollWidth - s.clientWidth; }");
        Assert.True(overflow <= 1, $"the fit table overflows by {overflow} px");
        var aic = await page.Locator("[data-testid=fit-row] [data-testid=aic-bic]").First.BoundingBoxAsync();
        Assert.NotNull(aic);
        Assert.True(aic.X + aic.Width <= 1440, $"AIC/BIC ends at {aic.X + aic.Width} px");
        await table.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "explorer-fit-table-1440.png") });
    }

    [Fact]
    public async Task DarkTheme_IsRememberedOnReload_AndTheThresholdLineReads()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=3e21");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        await page.GetByTestId("toggle-theme").ClickAsync();
        await Expect(async () => Assert.Equal("dark", await page.GetByTestId("toggle-theme").GetAttributeAsync("data-theme")));

        await page.ReloadAsync();
        await page.Locator(ScalingSvg).First.WaitForAsync();
        await Expect(async () => Assert.Equal("dark", await page.GetByTestId("toggle-theme").GetAttributeAsync("data-theme")));
        await Expect(async () => Assert.Equal("#999999", await page.EvaluateAsync<string?>("""
            () => {
                const gd = document.querySelector('[data-testid=scaling-plot-0] .js-plotly-plot');
                const trace = gd && gd.data ? gd.data.find(t => t.name === 'holdout threshold') : null;
                return trace ? trace.line.color : null;
            }
            """)));
        await Shot(page, "explorer-dark-theme.png");
    }

    [Fact]
    public async Task Hover_OnARun_ShowsFlopsAndScoreAsPlainNumbers()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=3e21");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        var point = page.Locator("[data-testid=scaling-plot-0] .scatterlayer .point").First;
        await point.HoverAsync(new LocatorHoverOptions { Force = true });

        var hover = page.Locator("[data-testid=scaling-plot-0] .hoverlayer .hovertext");
        await Expect(async () => Assert.Matches(new Regex(@"\d(\.\d+)?e\d+ FLOPs"), await hover.First.TextContentAsync() ?? ""));
        Assert.DoesNotMatch(new Regex(@"\d[kMGTPEZY](<|$|\s)"), await hover.First.TextContentAsync() ?? "");
        await Shot(page, "explorer-hover.png");
    }

    [Fact]
    public async Task Favicon_IsLinked_AndNothingAsksFor404()
    {
        var page = await fixture.NewPageAsync();
        var missing = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status == 404)
            {
                missing.Add(response.Url);
            }
        };
        await page.GotoAsync("/explorer");
        await page.Locator(ScalingSvg).First.WaitForAsync();

        var href = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        Assert.NotNull(href);
        var icon = await page.APIRequest.GetAsync(href);
        Assert.Equal(200, icon.Status);
        Assert.StartsWith("<svg", (await icon.TextAsync()).TrimStart(), StringComparison.Ordinal);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task SizeView_LinkChoosesSecondBenchmark_ShowsIt()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=3e21&bench=arc_easy,hellaswag&sizeb=hellaswag");
        var title = page.Locator("[data-testid=size-plot] .js-plotly-plot .gtitle");
        await title.WaitForAsync();

        Assert.Equal("hellaswag against params", await title.TextContentAsync());
        await page.GetByTestId("size-benchmark").ScrollIntoViewIfNeededAsync();
        await Shot(page, "explorer-size-benchmark-chooser.png");
    }

    [Fact]
    public async Task ResidualPanels_TwoBenchmarks_EachNamesItsBenchmark()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=3e21&bench=arc_easy,hellaswag");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        var second = page.Locator("[data-testid=residuals-x-1] .js-plotly-plot .gtitle");
        await second.WaitForAsync();

        Assert.Contains("arc_easy", await page.Locator("[data-testid=residuals-x-0] .js-plotly-plot .gtitle").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("hellaswag", await second.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("hellaswag", await page.Locator("[data-testid=residuals-predicted-1] .js-plotly-plot .gtitle").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("arc_easy against params", await page.Locator("[data-testid=size-plot] .js-plotly-plot .gtitle").TextContentAsync());
        await second.ScrollIntoViewIfNeededAsync();
        await Shot(page, "explorer-residuals-two-benchmarks.png");
        var sweep = page.Locator("[data-testid=sweep-plot] .js-plotly-plot svg.main-svg").First;
        await sweep.ScrollIntoViewIfNeededAsync();
        await Shot(page, "explorer-size-and-sweep.png");
    }
}
