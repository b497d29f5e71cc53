using Microsoft.Playwright;

namespace ScalingDashboard.LoadTest;

/// <summary>
/// The abandoned heavy link: someone opens an Explorer link that starts an expensive analysis (BNSL with 20,000
/// bootstrap resamples on two benchmarks of the 7,169-row Open LLM Leaderboard) and closes the tab once it runs.
/// The server should drop the work with the page; the other sessions' latency should not notice.
/// </summary>
internal static class HeavyLink
{
    public const string Path =
        "/explorer?dataset=example-open_llm_leaderboard_v1_2024-07-07&bench=mmlu,arc&x=params_b&forms=bnsl&boot=20000";

    /// <summary>Opens the link, waits until the analysis is running on the server, and closes the page without waiting
    /// for it. Returns what it saw, for the report.</summary>
    public static async Task<string> OpenAndAbandonAsync(IBrowser browser, Uri baseUrl, LoadMetrics metrics)
    {
        await using var page = await DashboardPage.OpenAsync(browser, baseUrl, (kind, detail) => metrics.Error($"heavy link: {kind}", detail), 60_000);
        await page.Page.GotoAsync(Path);
        // The status line says what runs ("bootstrap 12/20000 · bnsl on mmlu", or "queued"); Stop shows once interactive.
        await page.Page.GetByTestId("stop-button").WaitForAsync();
        await Task.Delay(2000);
        var status = (await page.Page.GetByTestId("run-status").InnerTextAsync()).Trim();
        return $"abandoned while the page said: {status}";
    }
}
