using System.Diagnostics;
using Microsoft.Playwright;

namespace ScalingDashboard.LoadTest;

/// <summary>
/// Kills the server with SIGKILL while people upload, restarts it on the same data directory, and checks that every
/// link the app had shown still opens the same table and the same analysis. Odd-numbered kills wait for an upload
/// between its confirm click and its link (the store's write); even ones fall at a random moment. Each kill is armed only
/// after three more uploads were confirmed.
/// </summary>
internal sealed class FaultRun
{
    private const int Uploaders = 2;
    private const int LinksBetweenKills = 3;

    private readonly LoadTestOptions _options;
    private readonly AppServer _server;
    private readonly IBrowser _browser;
    private readonly UploadVariants _variants;
    private readonly FaultReport _report;
    private readonly Random _random;
    private readonly List<RecordedLink> _links = [];
    private readonly Dictionary<int, DashboardPage> _uploaderPages = [];
    private TaskCompletionSource _serverUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _epoch;
    private int _confirming;
    private volatile bool _stopping;

    private FaultRun(LoadTestOptions options, AppServer server, IBrowser browser, UploadVariants variants)
    {
        _options = options;
        _server = server;
        _browser = browser;
        _variants = variants;
        _random = new Random(options.Seed);
        _report = new FaultReport { Seed = options.Seed, LoadAverageAtStart = ResourceSampler.LoadAverage() };
        _serverUp.SetResult();
    }

    public static async Task<int> RunAsync(LoadTestOptions options)
    {
        using var server = await AppServer.StartAsync(options.Published);
        Console.WriteLine($"Server {server.BaseUrl}, data in {server.DataDirectory}; {options.Faults} kills.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        using var variants = new UploadVariants(options.Seed);
        return await new FaultRun(options, server, browser, variants).RunAsync();
    }

    private async Task<int> RunAsync()
    {
        await using var checker = await DashboardPage.OpenAsync(_browser, _server.BaseUrl, (_, _) => { }, 60_000);
        var uploaders = Enumerable.Range(1, Uploaders).Select(UploadUntilStoppedAsync).ToList();
        await UntilMoreLinksAsync();
        for (var kill = 1; kill <= _options.Faults; kill++)
        {
            await KillAsync(kill, duringUpload: kill % 2 == 1);
            // Links recorded since the last check, and those still without a fingerprint, on the restarted server.
            await CheckAsync(checker, Snapshot().Where(l => l.Checks == 0 || l.Fingerprint is null).ToList());
            _serverUp.SetResult();
            await UntilMoreLinksAsync();
        }

        _stopping = true;
        await Task.WhenAll(uploaders);
        // One last kill with nothing in flight, so every recorded link has been through at least one; then all of them.
        await KillAsync(_options.Faults + 1, duringUpload: false, idle: true);
        await CheckAsync(checker, Snapshot());
        _serverUp.TrySetResult();

        _report.ServerStarts = _server.Starts;
        _report.LinksRecorded = Snapshot().Count;
        _report.FingerprintedAfterRestart = Snapshot().Count(l => l.FingerprintedAfterRestart);
        _report.LoadAverageAtEnd = ResourceSampler.LoadAverage();
        _report.Print();
        await _report.WriteJsonAsync(_options.SummaryPath);
        Console.WriteLine($"Summary written to {Path.GetFullPath(_options.SummaryPath)}");
        return _report.Problems.IsEmpty ? 0 : 1;
    }

    private async Task KillAsync(int number, bool duringUpload, bool idle = false)
    {
        var watch = Stopwatch.StartNew();
        var moment = idle ? "idle, before the final check" : "at a random moment";
        if (duringUpload)
        {
            // Wait for an upload between its confirm click and its link, then let 0-150 ms pass so the kill lands
            // before, during or after the store's write.
            while (Volatile.Read(ref _confirming) == 0 && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(5);
            }

            moment = Volatile.Read(ref _confirming) > 0 ? "during an upload" : "at a random moment (no upload came within 60 s)";
            await Task.Delay(_random.Next(0, 150));
        }
        else if (!idle)
        {
            await Task.Delay(TimeSpan.FromSeconds(5 * _random.NextDouble()));
        }

        _serverUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Increment(ref _epoch);
        var recorded = Snapshot().Count;
        await _server.KillAsync();
        await CloseUploaderPagesAsync();
        _report.Kills.Enqueue($"{number}: {moment}, {recorded} links recorded so far");
        Console.WriteLine($"  {DateTime.Now:HH:mm:ss} SIGKILL {number} ({moment}); restarting ...");
        await _server.RestartAsync();
    }

    /// <summary>One person uploading again and again; an upload a kill interrupts is counted and the next one starts
    /// once the server is back.</summary>
    private async Task UploadUntilStoppedAsync(int uploader)
    {
        DashboardPage? page = null;
        var upload = 0;
        while (!_stopping)
        {
            await _serverUp.Task;
            var epoch = Volatile.Read(ref _epoch);
            if (page is null || page.Page.IsClosed)
            {
                // The page a kill closed: the person opens the dashboard again in a fresh tab.
                if (page is not null)
                {
                    await page.DisposeAsync();
                }

                page = await DashboardPage.OpenAsync(_browser, _server.BaseUrl, (_, _) => { }, 60_000);
                lock (_uploaderPages)
                {
                    _uploaderPages[uploader] = page;
                }
            }

            RecordedLink? link = null;
            try
            {
                await page.OpenDataPageAsync();
                var (path, rows) = _variants.Write(uploader, upload++);
                var confirming = false;
                string id;
                try
                {
                    id = await page.UploadAsync(path, () =>
                    {
                        confirming = true;
                        Interlocked.Increment(ref _confirming);
                    });
                }
                finally
                {
                    if (confirming)
                    {
                        Interlocked.Decrement(ref _confirming);
                    }
                }

                // The link is on screen: the app has confirmed the upload, so it must survive any kill from now on.
                link = new RecordedLink(id, Path.GetFileName(path), rows);
                lock (_links)
                {
                    _links.Add(link);
                }

                var fingerprint = await LinkCheck.FingerprintAsync(page, id);
                if (Volatile.Read(ref _epoch) == epoch)
                {
                    link.Fingerprint ??= fingerprint;
                }

                await Task.Delay(500 + _random.Next(0, 1000));
            }
            catch (Exception ex) when (LinkCheck.IsTransient(ex))
            {
                if (Volatile.Read(ref _epoch) != epoch)
                {
                    if (link is null)
                    {
                        Interlocked.Increment(ref _report.UploadsInterrupted);
                    }
                }
                else
                {
                    _report.Problems.Enqueue($"upload failed while the server was up (uploader {uploader}): {ex.Message}");
                }
            }
        }

        if (page is not null)
        {
            await page.DisposeAsync();
        }
    }

    private async Task CheckAsync(DashboardPage checker, IReadOnlyList<RecordedLink> links)
    {
        foreach (var link in links)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await CheckOneAsync(checker, link);
                    break;
                }
                catch (Exception ex) when (LinkCheck.IsTransient(ex))
                {
                    if (attempt == 3)
                    {
                        _report.Problems.Enqueue($"check of {link.DatasetId} failed three times: {ex.Message}");
                        break;
                    }
                }
            }
        }
    }

    private async Task CheckOneAsync(DashboardPage checker, RecordedLink link)
    {
        Interlocked.Increment(ref _report.LinkChecks);
        if (await LinkCheck.DataPageProblemAsync(checker, link) is { } problem)
        {
            _report.Problems.Enqueue($"{link.DatasetId} ({link.FileName}) {problem}");
            link.Checks++;
            return;
        }

        var fingerprint = await LinkCheck.FingerprintAsync(checker, link.DatasetId);
        if (link.Fingerprint is null)
        {
            link.Fingerprint = fingerprint;
            link.FingerprintedAfterRestart = true;
        }
        else if (link.Fingerprint != fingerprint)
        {
            _report.Problems.Enqueue($"{link.DatasetId} ({link.FileName}) changed: its Explorer JSON export differs from the one recorded");
        }

        link.Checks++;
    }

    /// <summary>Arms the next kill only once a few more uploads were confirmed, so every kill has fresh links at
    /// stake however slow the machine is (a fixed pause recorded none at load 30).</summary>
    private async Task UntilMoreLinksAsync()
    {
        var target = Snapshot().Count + LinksBetweenKills;
        var watch = Stopwatch.StartNew();
        while (Snapshot().Count < target && watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(100);
        }
    }

    /// <summary>Ends the uploaders' waits at once: a page whose server died would otherwise wait out its timeout
    /// (reconnecting) before the uploader notices.</summary>
    private async Task CloseUploaderPagesAsync()
    {
        List<DashboardPage> pages;
        lock (_uploaderPages)
        {
            pages = [.. _uploaderPages.Values];
        }

        foreach (var page in pages)
        {
            try
            {
                await page.Page.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already closed.
            }
        }
    }

    private List<RecordedLink> Snapshot()
    {
        lock (_links)
        {
            return [.. _links];
        }
    }
}
