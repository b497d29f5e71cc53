using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ScalingDashboard.E2E;

[Collection(BrowserGroup.Name)]
public sealed class DataPageTests(BrowserFixture fixture)
{
    private const string PlotSvg = "[data-testid=score-vs-parameters] .js-plotly-plot svg.main-svg";

    [Fact]
    public async Task Upload_CsvThroughFileChooser_ShowsGridAndPlot()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"e2e-upload-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, """
            model;family;#Params (B);MMLU
            Alpha-1B;alpha;1;31%
            Alpha-7B;alpha;7;45%
            Alpha-70B;alpha;70;68%
            <b>Beta</b>-13B;beta;13;52%
            Beta-34B;beta;34;61%
            """);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/data");
        await page.Locator(PlotSvg).First.WaitForAsync();

        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Locator(".upload-zone").ClickAsync());
        await chooser.SetFilesAsync(csv);

        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByText("Column roles for").WaitForAsync();
        await page.GetByTestId("confirm-mapping").ClickAsync();

        await page.WaitForURLAsync(new Regex("dataset=[A-Za-z0-9_-]{20,}"));
        var grid = page.GetByTestId("leaderboard-grid");
        await grid.GetByText("Alpha-70B").WaitForAsync();
        // The name is data: it shows its angle brackets literally and creates no <b> element.
        await grid.GetByText("<b>Beta</b>-13B").WaitForAsync();
        Assert.Equal(0, await grid.Locator("b:text('Beta')").CountAsync());
        Assert.Contains("5 models", await page.GetByTestId("dataset-size").InnerTextAsync(), StringComparison.Ordinal);

        // The example's plot may still be on screen for a moment: wait for the upload's five points.
        await Eventually.Expect(async () =>
            Assert.Equal(5, await page.Locator("[data-testid=score-vs-parameters] .scatterlayer .point").CountAsync()));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "data-upload.png"), FullPage = true });

        // A refresh finds the stored dataset again through the link.
        await page.ReloadAsync();
        await page.GetByTestId("leaderboard-grid").GetByText("Alpha-70B").WaitForAsync();
        File.Delete(csv);
    }

    [Fact]
    public async Task FirstStart_ShowsExampleData_WithSyntheticLabel()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/data");
        await page.Locator(PlotSvg).First.WaitForAsync();
        await page.GetByTestId("dataset-list").GetByText("Compute ladder (synthetic accuracies)").ClickAsync();
        await page.GetByTestId("synthetic-chip").WaitForAsync();
        await page.Locator(PlotSvg).First.WaitForAsync();
        // After switching datasets the grid shows the new table's columns in file order (none left from the old one).
        var headers = (await page.GetByTestId("leaderboard-grid").Locator("th").AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        Assert.Equal(["Model", "params", "tokens", "flops"], headers.Take(4));
        Assert.DoesNotContain("developer", headers);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "data-compute-ladder.png"), FullPage = true });
    }

    [Fact]
    public async Task Upload_MalformedFile_ShowsMessageAndKeepsCurrentDataset()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"e2e-bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(bad, "model,params\n");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/data");
        await page.Locator(PlotSvg).First.WaitForAsync();
        var before = await page.GetByTestId("dataset-header").Locator("h5").InnerTextAsync();

        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Locator(".upload-zone").ClickAsync());
        await chooser.SetFilesAsync(bad);

        await page.GetByTestId("upload-error").WaitForAsync();
        Assert.Contains("could not be imported", await page.GetByTestId("upload-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await page.GetByTestId("dataset-header").Locator("h5").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "data-upload-error.png") });
        File.Delete(bad);
    }
}
