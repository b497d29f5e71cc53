using Microsoft.Extensions.Options;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// When <see cref="DashboardOptions.UploadExpiryDays"/> is set, deletes uploads nobody has opened for that many days,
/// at start and then hourly; off by default, because a link in a paper or a slide deck should keep working. Examples
/// never expire. With several instances each runs it; the delete is one statement, so they cannot disagree.
/// </summary>
public sealed class UploadExpiry(IDatasetStore store, IOptions<DashboardOptions> options, TimeProvider time, ILogger<UploadExpiry> logger)
    : BackgroundService
{
    private const double MaxDays = 36_500;

    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off unless a sane number of days: 0, a negative, NaN or a span past the calendar (1e300) all mean "keep".
        var days = options.Value.UploadExpiryDays;
        if (!(days > 0) || days > MaxDays)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            DeleteExpired(days);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Deletes the uploads not opened within <paramref name="days"/> days; returns how many went.</summary>
    public int DeleteExpired(double days)
    {
        try
        {
            var deleted = store.DeleteUploadsNotOpenedSince(time.GetUtcNow() - TimeSpan.FromDays(days));
            if (deleted > 0)
            {
                Log.UploadsExpired(logger, deleted, days);
            }

            return deleted;
        }
#pragma warning disable CA1031 // A store that is briefly unreachable must not stop the app; the next hour tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.ExpiryFailed(logger, ex);
            return 0;
        }
    }
}
