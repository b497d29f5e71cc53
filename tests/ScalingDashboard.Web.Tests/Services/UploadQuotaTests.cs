using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Services;

public sealed class UploadQuotaTests : IDisposable
{
    private const string Csv = "model,params,mmlu\na,7B,0.5\nb,13B,0.6\n"; // 37 bytes
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-quota-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteDatasetStore _store;
    private readonly DashboardOptions _options = new();

    public UploadQuotaTests() => _store = new SqliteDatasetStore(_directory);

    private UploadQuota Quota() => new(_store, new UploadRateLimit(TimeProvider.System), Options.Create(_options));

    [Fact]
    public void TryStart_BrowserShareFull_NamesItsUseAndLimit()
    {
        _options.UploadMegabytesPerBrowser = 100 / 1048576d; // 100 bytes
        _store.Add("one.csv", Csv, new Dictionary<string, ColumnRole>(), "browser-a");
        _store.Add("two.csv", Csv, new Dictionary<string, ColumnRole>(), "browser-a");
        var quota = Quota();

        Assert.Equal(
            "This browser's uploads already take 74 bytes of the 100 bytes each browser may keep here, and this file needs 40 bytes. Delete uploads you no longer need from the list on the Data page.",
            quota.TryStart("browser-a", 40));
        Assert.Null(quota.TryStart("browser-a", 26)); // exactly at the limit still fits
        Assert.Null(quota.TryStart("browser-b", 40)); // another browser has its own share
    }

    [Fact]
    public void TryStart_ServerStoreFull_RefusesEveryBrowser()
    {
        _options.UploadMegabytesPerServer = 1.5 / 1024; // 1.5 KB = 1,536 bytes
        _store.Add("big.csv", Csv + new string('#', 1460), new Dictionary<string, ColumnRole>(), "browser-a");
        var quota = Quota();

        Assert.Equal(
            "The server's store is full: uploads take 1.5 KB of 1.5 KB, and this file needs 40 bytes. Ask whoever runs the dashboard to make room (Dashboard:UploadMegabytesPerServer, or expiry of unused uploads).",
            quota.TryStart("browser-b", 40));
    }

    [Fact]
    public void TryStart_UnderTheBytes_CountsAgainstTheRate()
    {
        _options.UploadsPerMinutePerBrowser = 1;
        var quota = Quota();

        Assert.Null(quota.TryStart("browser-a", 40));
        Assert.StartsWith("This browser has uploaded 1 file in the last minute", quota.TryStart("browser-a", 40), StringComparison.Ordinal);
    }

    [Fact]
    public void UploadExpiry_DeletesUploadsNotOpenedWithinTheDays_AndNeverExamples()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        _store.UpsertExample("example-ladder", "Ladder", Csv, isSynthetic: true);
        var old = _store.Add("old.csv", Csv, new Dictionary<string, ColumnRole>());
        var recent = _store.Add("recent.csv", Csv, new Dictionary<string, ColumnRole>());
        _store.MarkOpened(old.Id, clock.GetUtcNow() - TimeSpan.FromDays(31));
        _store.MarkOpened(recent.Id, clock.GetUtcNow() - TimeSpan.FromDays(29));
        var expiry = new UploadExpiry(_store, Options.Create(_options), clock, NullLogger<UploadExpiry>.Instance);

        Assert.Equal(1, expiry.DeleteExpired(30));
        Assert.Null(_store.Find(old.Id));
        Assert.NotNull(_store.Find(recent.Id));
        Assert.NotNull(_store.Find("example-ladder"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
