using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Services;

public sealed class DatasetLoaderTests : IDisposable
{
    private const string Csv = "model,params,mmlu\na,7B,0.5\nb,13B,0.6\nc,70B,0.7\n";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-loader-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteDatasetStore _store;
    private readonly MemoryTrimmer _trimmer = new(TimeProvider.System);

    public DatasetLoaderTests() => _store = new SqliteDatasetStore(_directory);

    private DatasetLoader Loader(int inMemory, double megabytes = 64) =>
        new(_store, Options.Create(new DashboardOptions { DatasetsInMemory = inMemory, DatasetCacheMegabytes = megabytes }), _trimmer);

    private NewUpload Upload(string name) => _store.Add(name, Csv, new Dictionary<string, ColumnRole>());

    [Fact]
    public void Load_TheSameDatasetTwice_SharesOneCopy()
    {
        var loader = Loader(4);
        var upload = Upload("shared.csv");

        var first = loader.Load(upload.Id);
        var second = loader.Load(upload.Id);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(3, first.Leaderboard!.RowCount);
    }

    [Fact]
    public void Load_AfterTheOwnerChangesRoles_ReadsItAgain_AndAfterDeletion_FindsNothing()
    {
        var loader = Loader(4);
        var upload = Upload("changing.csv");
        var before = loader.Load(upload.Id);

        Assert.True(_store.UpdateRoleOverrides(upload.Id, upload.OwnerKey, new Dictionary<string, ColumnRole> { ["mmlu"] = ColumnRole.Ignore }));
        var after = loader.Load(upload.Id);

        Assert.NotSame(before, after);
        Assert.Equal(ColumnRole.Ignore, after!.RoleOverrides["mmlu"]);
        Assert.True(_store.Delete(upload.Id, upload.OwnerKey));
        Assert.Null(loader.Load(upload.Id));
        Assert.Equal(0, loader.InMemory);
    }

    [Fact]
    public void Load_BeyondCapacity_EvictsTheLeastRecentlyUsed()
    {
        var loader = Loader(2);
        var (a, b, c) = (Upload("a.csv"), Upload("b.csv"), Upload("c.csv"));
        var firstA = loader.Load(a.Id);
        var firstB = loader.Load(b.Id);
        // a is used again, so b is now the least recently used one.
        Assert.Same(firstA, loader.Load(a.Id));

        loader.Load(c.Id);

        Assert.Equal(2, loader.InMemory);
        Assert.Same(firstA, loader.Load(a.Id));
        // b was evicted: it is read again from the store, the same data in a new copy.
        var againB = loader.Load(b.Id);
        Assert.NotSame(firstB, againB);
        Assert.Equal("b.csv", againB!.Summary.Name);
    }

    [Fact]
    public void Load_BeyondTheSizeBound_KeepsOnlyTheNewest()
    {
        // Each file is 47 characters; a bound of 60 characters holds one of them, not two.
        var loader = Loader(8, 60 / (1024.0 * 1024.0));
        var (a, b) = (Upload("a.csv"), Upload("b.csv"));

        loader.Load(a.Id);
        var newest = loader.Load(b.Id);

        Assert.Equal(1, loader.InMemory);
        Assert.Same(newest, loader.Load(b.Id));
    }

    [Fact]
    public void Load_OneFileLargerThanTheBound_IsStillKept()
    {
        // The page that asked for it holds it anyway; evicting it would only read it again on the next open.
        var loader = Loader(8, 0);
        var a = Upload("a.csv");

        Assert.Same(loader.Load(a.Id), loader.Load(a.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("' OR 1=1 --")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    public void Load_UnknownOrMalformedId_IsNull(string? id) => Assert.Null(Loader(2).Load(id));

    [Fact]
    public void Load_FromMemoryAfterAnHour_RecordsTheOpenForExpiry()
    {
        var clock = new SettableClock { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var loader = new DatasetLoader(_store, Options.Create(new DashboardOptions()), _trimmer, clock);
        var upload = Upload("kept.csv");
        var gone = Upload("gone.csv");
        _store.MarkOpened(gone.Id, clock.Now);
        loader.Load(upload.Id); // read from the store: recorded

        clock.Now += TimeSpan.FromDays(20);
        loader.Load(upload.Id); // from memory, but the last record is older than an hour: recorded again

        clock.Now += TimeSpan.FromDays(11);
        var expiry = new UploadExpiry(_store, Options.Create(new DashboardOptions()), clock, NullLogger<UploadExpiry>.Instance);
        Assert.Equal(1, expiry.DeleteExpired(30)); // cutoff is day 1: "gone" (day 0) goes, "kept" (day 20) stays
        Assert.NotNull(_store.Find(upload.Id));
        Assert.Null(_store.Find(gone.Id));
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    public void Dispose()
    {
        _trimmer.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
