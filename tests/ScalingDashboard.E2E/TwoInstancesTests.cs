using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScalingDashboard.Web.Tests.TestSupport;
using static ScalingDashboard.E2E.Eventually;

namespace ScalingDashboard.E2E;

/// <summary>
/// Two app instances on one PostgreSQL, as behind a load balancer: an upload through one is a link that opens on the
/// other, with the same plots and numbers, and a page served by one keeps working when its circuit lands on the other
/// (the data-protection keys are shared through the store).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class TwoInstancesTests(BrowserFixture fixture)
{
    private const string DataPlotSvg = "[data-testid=score-vs-parameters] .js-plotly-plot svg.main-svg";
    private const string ScalingSvg = "[data-testid=scaling-plot-0] .js-plotly-plot svg.main-svg";

    /// <summary>The settings of an instance on the shared PostgreSQL <paramref name="schema"/>.</summary>
    private static Dictionary<string, string> OnPostgres(TestSchema schema) => new()
    {
        ["Dashboard:Store"] = "postgres",
        ["ConnectionStrings:Dashboard"] = schema.ConnectionString,
    };

    [PostgresFact]
    public async Task UploadThroughOneInstance_OpensByLinkOnTheOther()
    {
        using var schema = TestPostgres.NewSchema();
        using var first = new DashboardServer(OnPostgres(schema));
        using var second = new DashboardServer(OnPostgres(schema));
        Assert.NotEqual(first.BaseUrl, second.BaseUrl);
        var csv = Path.Combine(Path.GetTempPath(), $"e2e-two-instances-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, """
            model,family,#Params (B),FLOPs,MMLU
            Alpha-1B,alpha,1,1.2e21,31%
            Alpha-3B,alpha,3,5.4e21,38%
            Alpha-7B,alpha,7,2.9e22,45%
            Alpha-13B,alpha,13,1.0e23,52%
            Alpha-34B,alpha,34,6.1e23,61%
            Alpha-70B,alpha,70,2.5e24,68%
            """);
        try
        {
            var onFirst = await NewPageAsync(first);
            await onFirst.GotoAsync("/data");
            await onFirst.Locator(DataPlotSvg).First.WaitForAsync();
            var chooser = await onFirst.RunAndWaitForFileChooserAsync(() => onFirst.Locator(".upload-zone").ClickAsync());
            await chooser.SetFilesAsync(csv);
            await onFirst.GetByTestId("confirm-mapping").ClickAsync();
            await onFirst.WaitForURLAsync(new Regex("dataset=[A-Za-z0-9_-]{20,}"));
            var id = Regex.Match(onFirst.Url, "dataset=([A-Za-z0-9_-]+)").Groups[1].Value;

            // The Explorer on the first instance: the fit that its link shows.
            await onFirst.GotoAsync($"/explorer?dataset={id}");
            await onFirst.Locator(ScalingSvg).First.WaitForAsync();
            await Expect(async () => Assert.Equal(1, await onFirst.Locator("[data-testid=fit-row]").CountAsync()));
            var fitTable = await onFirst.GetByTestId("fit-table").InnerTextAsync();
            var link = new Uri(onFirst.Url).PathAndQuery;

            // The same link on the second instance: same data, plot and numbers.
            var onSecond = await NewPageAsync(second);
            await onSecond.GotoAsync(link);
            await onSecond.Locator(ScalingSvg).First.WaitForAsync();
            await Expect(async () => Assert.Equal(1, await onSecond.Locator("[data-testid=fit-row]").CountAsync()));
            Assert.Equal(fitTable, await onSecond.GetByTestId("fit-table").InnerTextAsync());
            await onSecond.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "two-instances-explorer.png"), FullPage = true });
            await onSecond.GotoAsync($"/data?dataset={id}");
            await onSecond.GetByTestId("leaderboard-grid").GetByText("Alpha-70B").WaitForAsync();
            await Expect(async () =>
                Assert.Equal(6, await onSecond.Locator("[data-testid=score-vs-parameters] .scatterlayer .point").CountAsync()));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [PostgresFact]
    public async Task PageServedByOneInstance_RunsItsCircuitOnTheOther()
    {
        using var schema = TestPostgres.NewSchema();
        using var first = new DashboardServer(OnPostgres(schema));
        using var second = new DashboardServer(OnPostgres(schema));

        // What one instance protects the other reads: one key ring, kept in the shared store.
        var token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("e2e").Protect("shared");
        Assert.Equal("shared", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("e2e").Unprotect(token));

        // The Data page as the first instance prerendered it (its component descriptors protected with the first
        // instance's view of the keys), loaded by the browser from the second instance, whose circuit must read them:
        // the example's plot is drawn only by a live circuit.
        using var http = new HttpClient();
        var prerendered = await http.GetStringAsync(new Uri($"{first.BaseUrl}/data"));
        Assert.Contains("<!--Blazor:", prerendered, StringComparison.Ordinal);
        var page = await NewPageAsync(second);
        await page.RouteAsync($"{second.BaseUrl}/data", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Body = prerendered,
            ContentType = "text/html; charset=utf-8",
        }));
        await page.GotoAsync("/data");
        await page.Locator(DataPlotSvg).First.WaitForAsync();
    }

    private async Task<IPage> NewPageAsync(DashboardServer server)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            BaseURL = server.BaseUrl,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }
}
