using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace ScalingDashboard.E2E;

/// <summary>
/// Heavy analyses must never hold the server hostage: the page's first byte does not wait for them, Stop ends them,
/// and SIGTERM stops the server within 5 s while one runs. The analysis asked for here (BNSL with 20,000 bootstrap
/// resamples on two benchmarks) would take minutes.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ServerLifetimeTests(BrowserFixture fixture)
{
    private const string HeavyLink = "/explorer?forms=bnsl&boot=20000&bench=arc_easy,hellaswag";

    [Fact]
    public async Task HeavyLink_FirstByte_DoesNotWaitForTheFit()
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Server.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var watch = Stopwatch.StartNew();

        var html = await client.GetStringAsync(HeavyLink);

        // Generous for a cold server on a busy 2-core machine; the analysis itself would take minutes.
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 10);
        Assert.Contains("data-testid=\"explorer-controls\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"run-status\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeavyLink_StopPressedDuringBands_EndsTheRunAndOffersRun()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(HeavyLink);
        // The fits arrive within seconds; the 20,000-resample bands would take many minutes. Stop them.
        await page.Locator("[data-testid=scaling-plot-0] .js-plotly-plot svg.main-svg").First.WaitForAsync();
        await page.Locator("[data-testid=stop-button]").ClickAsync();

        await page.Locator("[data-testid=run-button]").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "explorer-stopped.png") });
        Assert.Equal("Stopped before the bootstrap bands; the fits are shown without them.",
            (await page.Locator("[data-testid=run-status]").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("[data-testid=stop-button]").CountAsync());
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync());
    }

    [Fact]
    public async Task Server_SigtermDuringAHeavyAnalysis_ExitsWithinFiveSeconds()
    {
        var port = FreePort();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-sigterm-" + Guid.NewGuid().ToString("N"));
        using var server = StartServer(port, dataDirectory);
        try
        {
            await WaitUntilServingAsync(port);
            var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = $"http://127.0.0.1:{port}" });
            var page = await context.NewPageAsync();
            await page.GotoAsync(HeavyLink);
            await page.Locator("[data-testid=stop-button]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

            var watch = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await server.WaitForExitAsync(limit.Token);
            Assert.InRange(watch.Elapsed.TotalSeconds, 0, 5);
            await context.DisposeAsync();
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }

            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }

    /// <summary>The Web app built beside this test project (same configuration), as its own process so it can get
    /// a real SIGTERM.</summary>
    private static Process StartServer(int port, string dataDirectory)
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory); // tests/ScalingDashboard.E2E/bin/<Config>/<tfm>/
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var project = Path.Combine(root, "src", "ScalingDashboard.Web");
        var dll = Path.Combine(project, "bin", configuration, framework, "ScalingDashboard.Web.dll");
        Assert.True(File.Exists(dll), $"The Web app is not built at {dll}.");

        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Dashboard__DataDirectory"] = dataDirectory;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilServingAsync(int port)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
            {
            }

            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
