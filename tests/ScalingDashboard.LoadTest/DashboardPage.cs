using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ScalingDashboard.LoadTest;

/// <summary>
/// One person's browser (its own context: own cookies, localStorage and circuit) and what they do in the dashboard,
/// through the same controls a person uses: the upload zone and the column-roles dialog, the Explorer's threshold
/// slider, its Export menu.
/// </summary>
internal sealed partial class DashboardPage : IAsyncDisposable
{
    public const string DataPlot = "[data-testid=score-vs-parameters] .js-plotly-plot svg.main-svg";
    public const string ScalingPlot = "[data-testid=scaling-plot-0] .js-plotly-plot svg.main-svg";
    private const string Slider = "[data-testid=explorer-controls] input[type=range]";
    private const int StepTimeoutMilliseconds = 30_000;

    // Installed before any page script: reports each time the reconnect dialog opens or the error bar shows (polled:
    // both are toggled by Blazor's own scripts) to the test, and notes when the last circuit message arrived, to split
    // a slider step's time into server + wire and drawing.
    private const string Watch = """
        (() => {
            const watch = window.__loadTest = { lastMessage: 0, reconnectOpen: false, errorShown: false };
            const Native = window.WebSocket;
            window.WebSocket = class extends Native {
                constructor(...args) {
                    super(...args);
                    this.addEventListener('message', () => watch.lastMessage = performance.now());
                }
            };
            setInterval(() => {
                const dialog = document.getElementById('components-reconnect-modal');
                const open = !!(dialog && dialog.open);
                if (open && !watch.reconnectOpen) window.__loadTestTrouble('reconnect-dialog|' + location.pathname + location.search);
                watch.reconnectOpen = open;
                const bar = document.getElementById('blazor-error-ui');
                // Blazor shows the bar by an inline style; the stylesheet's display: none may not have applied yet.
                const shown = !!(bar && bar.style.display === 'block');
                if (shown && !watch.errorShown) window.__loadTestTrouble('blazor-error-ui|' + location.pathname + location.search);
                watch.errorShown = shown;
            }, 250);
        })();
        """;

    // Moves the threshold slider to a position chosen from `u` in [0, 1) (never the current one, within the middle of
    // its range so both sides keep points) and resolves with [ms to the scaling plot's plotly_afterplot, ms to the last
    // circuit message before it], or [-1, -1] after the timeout.
    private const string Step = """
        async ([u, timeout]) => {
            const gd = document.querySelector('[data-testid=scaling-plot-0] .js-plotly-plot');
            const input = document.querySelector('[data-testid=explorer-controls] input[type=range]');
            if (!gd || !input) return [-2, -2];
            const min = parseFloat(input.min), max = parseFloat(input.max), step = parseFloat(input.step) || 0.05;
            const first = Math.ceil((min + 0.35 * (max - min)) / step), last = Math.floor((max - 0.05 * (max - min)) / step);
            const current = Math.round(parseFloat(input.value) / step);
            let index = first + Math.floor(u * (last - first + 1));
            if (index === current) index = index < last ? index + 1 : index - 1;
            const value = (index * step).toFixed(4);
            return await new Promise(resolve => {
                const t0 = performance.now();
                let timer;
                const done = () => {
                    clearTimeout(timer);
                    gd.removeListener('plotly_afterplot', done);
                    const t1 = performance.now();
                    const last = window.__loadTest.lastMessage;
                    resolve([t1 - t0, last > t0 ? last - t0 : 0]);
                };
                timer = setTimeout(() => { gd.removeListener('plotly_afterplot', done); resolve([-1, -1]); }, timeout);
                gd.on('plotly_afterplot', done);
                input.value = value;
                input.dispatchEvent(new Event('input', { bubbles: true }));
            });
        }
        """;

    private readonly IBrowserContext _context;

    private DashboardPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>A new context and page; <paramref name="trouble"/> hears of page errors, console errors, the reconnect
    /// dialog and the error bar as they happen.</summary>
    public static async Task<DashboardPage> OpenAsync(IBrowser browser, Uri baseUrl, Action<string, string> trouble, int timeoutMilliseconds = 30_000)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            AcceptDownloads = true,
        });
        await context.ExposeFunctionAsync("__loadTestTrouble", (string report) =>
        {
            var parts = report.Split('|', 2);
            trouble(parts[0], $"at {parts[^1]}");
        });
        await context.AddInitScriptAsync(Watch);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => trouble("page-error", error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                trouble("console-error", message.Text);
            }
        };
        page.SetDefaultTimeout(timeoutMilliseconds);
        page.SetDefaultNavigationTimeout(timeoutMilliseconds);
        return new DashboardPage(context, page);
    }

    /// <summary>Opens the Data page and waits until it answers clicks (its example plot is drawn by then).</summary>
    public async Task OpenDataPageAsync()
    {
        await Page.GotoAsync("/data");
        await Page.Locator(DataPlot).First.WaitForAsync();
    }

    /// <summary>Uploads a file through the drop zone, confirms the detected column roles and returns the dataset id
    /// of the link the page then shows: the moment the app has confirmed the upload to the person.</summary>
    /// <param name="confirming">Told just before the click that makes the app store the table.</param>
    public async Task<string> UploadAsync(string path, Action? confirming = null)
    {
        var chooser = await Page.RunAndWaitForFileChooserAsync(() => Page.Locator(".upload-zone").ClickAsync());
        await chooser.SetFilesAsync(path);
        var confirm = Page.GetByTestId("confirm-mapping");
        await confirm.WaitForAsync();
        confirming?.Invoke();
        await confirm.ClickAsync();
        await Page.WaitForURLAsync(DatasetLink());
        return DatasetLink().Match(Page.Url).Groups[1].Value;
    }

    /// <param name="view">More of the link, e.g. "&amp;t=3e21".</param>
    public async Task OpenExplorerAsync(string datasetId, string view = "")
    {
        await Page.GotoAsync($"/explorer?dataset={datasetId}{view}");
        await Page.Locator(ScalingPlot).First.WaitForAsync();
    }

    /// <summary>A fresh upload opens without a holdout: switch it on, as a person would, and wait for the slider.</summary>
    public async Task SwitchHoldoutOnAsync()
    {
        var slider = Page.Locator(Slider);
        if (await slider.CountAsync() == 0)
        {
            await Page.GetByTestId("threshold-switch").ClickAsync();
            await slider.WaitForAsync();
        }
    }

    /// <summary>One slider move: milliseconds to the redrawn scaling plot and to the last server message before it.</summary>
    public async Task<(double ToPlot, double ToLastMessage)> MoveSliderAsync(double u)
    {
        var result = await Page.EvaluateAsync<double[]>(Step, new object[] { u, StepTimeoutMilliseconds });
        return result[0] switch
        {
            -1 => throw new TimeoutException($"No redraw of the scaling plot within {StepTimeoutMilliseconds / 1000} s of a slider move."),
            -2 => throw new InvalidOperationException("The Explorer shows no scaling plot or no threshold slider."),
            _ => (result[0], result[1]),
        };
    }

    /// <summary>Export → Fitted parameters (JSON): the downloaded text.</summary>
    public async Task<string> ExportJsonAsync()
    {
        await Page.GetByTestId("export-menu").ClickAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("export-json").ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    /// <summary>Closes the tab as a person does (unload handlers run, so Blazor tells the server the circuit is
    /// over) rather than dropping the connection, which would leave the circuit retained for minutes.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!Page.IsClosed)
            {
                await Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
                await Task.Delay(500);
            }
        }
        catch (PlaywrightException)
        {
            // The browser is already going away.
        }

        await _context.DisposeAsync();
    }

    public static string Milliseconds(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    [GeneratedRegex("dataset=([A-Za-z0-9_-]{20,})")]
    private static partial Regex DatasetLink();
}
