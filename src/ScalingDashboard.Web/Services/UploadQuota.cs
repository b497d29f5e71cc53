using Microsoft.Extensions.Options;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Whether a new upload may be kept: under the rate limit (<see cref="UploadRateLimit"/>) and under the bytes the
/// store may hold for one browser and for the whole server. The browser is known by a token it keeps in its own
/// storage (<see cref="BrowserDatasetHistory.UploaderTokenAsync"/>): clearing that storage starts a new account, so
/// the server-wide bounds are the ones that protect the machine, and the per-browser ones keep one person from taking
/// the whole of them by accident.
/// </summary>
public sealed class UploadQuota(IDatasetStore store, UploadRateLimit rate, IOptions<DashboardOptions> options)
{
    /// <summary>
    /// Null when <paramref name="bytes"/> more from <paramref name="uploader"/> may be stored (the upload is then
    /// counted against the rate); otherwise the sentence to show, naming the limit reached.
    /// </summary>
    public string? TryStart(string uploader, long bytes)
    {
        ArgumentNullException.ThrowIfNull(uploader);
        var settings = options.Value;
        var totals = store.UploadedBytes(uploader);
        var perBrowser = Megabytes(settings.UploadMegabytesPerBrowser);
        if (perBrowser > 0 && totals.UploaderBytes + bytes > perBrowser)
        {
            return $"This browser's uploads already take {ByteSize.Rounded(totals.UploaderBytes)} of the {ByteSize.Rounded(perBrowser)} each browser may keep here, and this file needs {ByteSize.Rounded(bytes)}. Delete uploads you no longer need from the list on the Data page.";
        }

        var perServer = Megabytes(settings.UploadMegabytesPerServer);
        if (perServer > 0 && totals.AllUploadsBytes + bytes > perServer)
        {
            return $"The server's store is full: uploads take {ByteSize.Rounded(totals.AllUploadsBytes)} of {ByteSize.Rounded(perServer)}, and this file needs {ByteSize.Rounded(bytes)}. Ask whoever runs the dashboard to make room (Dashboard:UploadMegabytesPerServer, or expiry of unused uploads).";
        }

        return rate.TryStart(uploader, settings.UploadsPerMinutePerBrowser, settings.UploadsPerMinutePerServer);
    }

    private static long Megabytes(double megabytes) => megabytes <= 0 ? 0 : (long)(megabytes * 1024 * 1024);
}
