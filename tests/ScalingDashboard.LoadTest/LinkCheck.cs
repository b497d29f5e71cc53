using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;

namespace ScalingDashboard.LoadTest;

/// <summary>What a recorded link shows: its Data page (the table is there, with the uploaded number of runs) and the
/// JSON export of a fixed Explorer view of it, fingerprinted.</summary>
internal static class LinkCheck
{
    /// <summary>A fixed view: the fingerprint must not depend on defaults chosen at the time.</summary>
    public const string View = "&bench=arc_easy&x=flops&forms=log-accuracy-power-law&t=3e21";

    public static async Task<string> FingerprintAsync(DashboardPage page, string datasetId)
    {
        await page.OpenExplorerAsync(datasetId, View);
        var json = await page.ExportJsonAsync();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>Null when the link opens its table with the uploaded runs; otherwise why not ("lost: ...").</summary>
    public static async Task<string?> DataPageProblemAsync(DashboardPage page, RecordedLink link)
    {
        await page.Page.GotoAsync($"/data?dataset={link.DatasetId}");
        var problem = page.Page.GetByTestId("link-problem");
        var size = page.Page.GetByTestId("dataset-size");
        await problem.Or(size).First.WaitForAsync();
        if (await problem.CountAsync() > 0)
        {
            return "lost: " + (await problem.InnerTextAsync()).Trim();
        }

        var text = await size.InnerTextAsync();
        return text.Contains($"{link.Rows} models", StringComparison.Ordinal) ? null : $"changed: the Data page says '{text.Trim()}', the upload had {link.Rows} runs";
    }

    public static bool IsTransient(Exception ex) => ex is PlaywrightException or TimeoutException;
}
