using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static ScalingDashboard.E2E.Eventually;

namespace ScalingDashboard.E2E;

[Collection(BrowserGroup.Name)]
public sealed class ExplorerPageTests(BrowserFixture fixture)
{
    private const string ScalingSvg = "[data-testid=scaling-plot-0] .js-plotly-plot svg.main-svg";

    /// <summary>The x of the threshold line, read from the figure Plotly actually drew.</summary>
    private static Task<double?> ThresholdLineXAsync(IPage page) => page.EvaluateAsync<double?>("""
        () => {
            const gd = document.querySelector('[data-testid=scaling-plot-0] .js-plotly-plot');
            const trace = gd && gd.data ? gd.data.find(t => t.name === 'holdout threshold') : null;
            return trace ? trace.x[0] : null;
        }
        """);

    private static async Task<string> HoldoutMaeAsync(IPage page) =>
        (await page.Locator("[data-testid=fit-row] [data-testid=holdout-mae]").First.InnerTextAsync()).Trim();

    private async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, name) });

    [Fact]
    public async Task ThresholdSlider_MovesLineAndChangesHoldoutMetrics()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=6e21");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        var maeBefore = await HoldoutMaeAsync(page);
        Assert.Equal(6e21, await ThresholdLineXAsync(page));
        await Shot(page, "explorer-threshold-6e21.png");

        // The slider works in log10 units; 21.0 is a threshold of 1e21.
        await page.Locator("[data-testid=explorer-controls] input[type=range]").FillAsync("21");

        // The address is replaced in place (no history entry per slider tick), so poll it rather than wait for a load.
        await Expect(() =>
        {
            Assert.Matches(new Regex("t=1E%2B21|t=1e21", RegexOptions.IgnoreCase), page.Url);
            return Task.CompletedTask;
        });
        await Expect(async () => Assert.NotEqual(maeBefore, await HoldoutMaeAsync(page)));
        await Expect(async () => Assert.Equal(1e21, await ThresholdLineXAsync(page)));
        Assert.Equal("1e+21", await page.Locator("input[data-testid=threshold-text], [data-testid=threshold-text] input").First.InputValueAsync());
        await Shot(page, "explorer-threshold-1e21.png");
    }

    [Fact]
    public async Task CopiedLink_OpensSameViewInFreshBrowser()
    {
        var page = await fixture.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/explorer?t=3e21&forms=log-accuracy-power-law,sigmoid&y=neglog&bench=arc_easy,hellaswag");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        await Expect(async () => Assert.Equal(4, await page.Locator("[data-testid=fit-row]").CountAsync()));
        var table = await page.GetByTestId("fit-table").InnerTextAsync();

        await page.GetByTestId("copy-link").ClickAsync();
        var link = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("t=3E%2B21", link, StringComparison.OrdinalIgnoreCase);

        var fresh = await fixture.NewPageAsync();
        await fresh.GotoAsync(link);
        await fresh.Locator(ScalingSvg).First.WaitForAsync();
        await Expect(async () => Assert.Equal(4, await fresh.Locator("[data-testid=fit-row]").CountAsync()));
        Assert.Equal(table, await fresh.GetByTestId("fit-table").InnerTextAsync());
        await Shot(fresh, "explorer-shared-link.png");
    }

    [Fact]
    public async Task LinkWithBadParts_SaysWhatWasIgnoredAndAppliesTheRest()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?dataset=NoSuchDataset0000000&t=abc&y=neglog");
        await page.Locator(ScalingSvg).First.WaitForAsync();

        var problems = string.Join("\n", await page.GetByTestId("link-problem").AllInnerTextsAsync());
        Assert.Contains("does not exist", problems, StringComparison.Ordinal);
        Assert.Contains("'t'", problems, StringComparison.Ordinal);
        Assert.Contains("-ln Q'", await page.Locator("[data-testid=scaling-plot-0]").InnerTextAsync(), StringComparison.Ordinal);
        await Shot(page, "explorer-bad-link.png");
    }

    [Fact]
    public async Task Presentation_KeyAndArrows_StepThroughPinnedSlides()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=6e21");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        await page.GetByTestId("pin-slide").ClickAsync();
        await page.GotoAsync("/explorer?t=1e21&y=normalised");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        await page.GetByTestId("pin-slide").ClickAsync();
        await Expect(async () => Assert.Contains("Slides (2)", await page.GetByTestId("slides-menu").InnerTextAsync(), StringComparison.OrdinalIgnoreCase));

        await page.Keyboard.PressAsync("p");
        await page.GetByTestId("presentation").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("explorer-controls").CountAsync());
        Assert.Contains("slide 1 of 2", await page.GetByTestId("slide-counter").InnerTextAsync(), StringComparison.Ordinal);
        await Expect(async () => Assert.Equal(6e21, await ThresholdLineXAsync(page)));
        await Shot(page, "presentation-slide-1.png");

        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(async () => Assert.Contains("slide 2 of 2", await page.GetByTestId("slide-counter").InnerTextAsync(), StringComparison.Ordinal));
        await Expect(async () => Assert.Equal(1e21, await ThresholdLineXAsync(page)));
        await Shot(page, "presentation-slide-2.png");

        await page.Keyboard.PressAsync("Escape");
        await page.GetByTestId("explorer-controls").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("presentation").CountAsync());
    }

    [Fact]
    public async Task Export_SvgOfPlotWithNote_CarriesTheNoteOnlyInTheFile()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=1e100");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        await Expect(async () => Assert.Contains("far outside the runs", await page.Locator("[data-testid=scaling-plot-0] [data-testid=plot-note]").InnerTextAsync(), StringComparison.Ordinal));

        await page.GetByTestId("export-menu").ClickAsync();
        var svg = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-svg-scaling-plot-0").ClickAsync());
        var svgPath = Path.Combine(Path.GetTempPath(), $"e2e-{Guid.NewGuid():N}.svg");
        await svg.SaveAsAsync(svgPath);
        var text = await File.ReadAllTextAsync(svgPath);
        File.Delete(svgPath);

        Assert.Contains("far outside the runs", text, StringComparison.Ordinal);
        // On screen the note stays text under the plot: the chart itself gains no annotation.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => (document.querySelector('[data-testid=scaling-plot-0] .js-plotly-plot').layout.annotations || []).length"));

        // Kept beside the screenshots, to look at the caption.
        await page.GetByTestId("export-menu").ClickAsync();
        var png = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-png-scaling-plot-0").ClickAsync());
        await png.SaveAsAsync(Path.Combine(fixture.ScreenshotDirectory, "export-png-with-note.png"));
    }

    [Fact]
    public async Task Exports_PngAndCsv_AreWellFormed()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=6e21&forms=log-accuracy-power-law,sigmoid");
        await page.Locator(ScalingSvg).First.WaitForAsync();

        await page.GetByTestId("export-menu").ClickAsync();
        var png = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-png-scaling-plot-0").ClickAsync());
        var pngPath = Path.Combine(Path.GetTempPath(), $"e2e-{Guid.NewGuid():N}.png");
        await png.SaveAsAsync(pngPath);
        var bytes = await File.ReadAllBytesAsync(pngPath);
        Assert.True(bytes.Length > 10_000, $"PNG of {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        // PNG width is bytes 16-19 of the IHDR chunk: the 2x export is wider than the on-screen plot.
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        Assert.True(width >= 1400, $"PNG width {width}");

        await page.GetByTestId("export-menu").ClickAsync();
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-points-csv").ClickAsync());
        var csvPath = Path.Combine(Path.GetTempPath(), $"e2e-{Guid.NewGuid():N}.csv");
        await csv.SaveAsAsync(csvPath);
        var lines = (await File.ReadAllLinesAsync(csvPath)).Where(l => l.Length > 0).ToList();
        Assert.Equal("benchmark,form,model,x,y,predicted,residual,set", lines[0]);
        // 150 runs, two forms.
        Assert.Equal(1 + 2 * 150, lines.Count);
        Assert.All(lines, l => Assert.Equal(8, l.Split(',').Length));
        Assert.Contains(lines, l => l.EndsWith(",validation", StringComparison.Ordinal));
        Assert.True(double.TryParse(lines[1].Split(',')[3], NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        File.Delete(pngPath);
        File.Delete(csvPath);
    }

    [Fact]
    public async Task BootstrapBand_ArrivesAfterTheFits_AndFollowsTheSlider()
    {
        // 200 refits of the ceiling form take 1-2 s here, several times that on a loaded CI machine.
        const double BandSeconds = 40;
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=6e21&forms=sigmoid,log-accuracy-power-law-ceiling&boot=1");
        await page.Locator(ScalingSvg).First.WaitForAsync();
        await Expect(async () => Assert.True(await BandTraceCountAsync(page) > 0), BandSeconds);
        await Expect(async () => Assert.Equal(0, await page.GetByTestId("bands-pending").CountAsync()), BandSeconds);

        await page.Locator("[data-testid=explorer-controls] input[type=range]").FillAsync("21");

        // The threshold line follows first (the fits come before the 200-resample band), then the band returns.
        await Expect(async () => Assert.Equal(1e21, await ThresholdLineXAsync(page)));
        await Shot(page, "explorer-bands-pending.png"); // usually catches the band still computing
        await Expect(async () => Assert.True(await BandTraceCountAsync(page) > 0), BandSeconds);
        await Expect(async () => Assert.Equal(0, await page.GetByTestId("bands-pending").CountAsync()), BandSeconds);
        await Shot(page, "explorer-bootstrap-band.png");
    }

    [Fact]
    public async Task TypedCondition_HoldsOutThePickedRuns_AndGoesIntoTheLink()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/explorer?t=6e21");
        await page.Locator(ScalingSvg).First.WaitForAsync();

        var field = page.Locator("[data-testid=holdout-where-text] input, input[data-testid=holdout-where-text]").First;
        await field.FillAsync("flops > 6e21 or layers <= 4");
        await field.PressAsync("Enter");

        // The 13 runs above 6e21 FLOPs and the 17 smallest (2-4 layers) of the built-in ladder.
        await Expect(async () => Assert.Equal("30", (await page.Locator("[data-testid=fit-row] [data-testid=holdout-n]").First.InnerTextAsync()).Trim()));
        await Expect(() =>
        {
            Assert.Contains("where=", page.Url, StringComparison.Ordinal);
            return Task.CompletedTask;
        });
        // The plot redraws just after the table (Plotly gets the new figure once the page's render is acknowledged).
        await Expect(async () => Assert.Null(await ThresholdLineXAsync(page)));
        Assert.Equal(0, await page.Locator("[data-testid=explorer-controls] input[type=range]").CountAsync());
        await Shot(page, "explorer-holdout-where.png");
    }

    private static Task<int> BandTraceCountAsync(IPage page) => page.EvaluateAsync<int>("""
        () => {
            const gd = document.querySelector('[data-testid=scaling-plot-0] .js-plotly-plot');
            return gd && gd.data ? gd.data.filter(t => (t.name || '').includes('bootstrap band')).length : 0;
        }
        """);
}
