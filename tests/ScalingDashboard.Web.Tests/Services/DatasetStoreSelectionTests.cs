using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Services;

/// <summary>The store settings checked at startup: a mistake stops the app with a sentence naming the setting.</summary>
public sealed class DatasetStoreSelectionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sqlite")]
    [InlineData(" SQLite ")]
    public void Choose_SqliteOrNothing_OpensSqliteInTheDataDirectory(string? store)
    {
        var directory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-selection-" + Guid.NewGuid().ToString("N"));
        try
        {
            var opened = DatasetStoreSelection.Choose(store, connectionString: "ignored", directory)();

            Assert.Equal(Path.Combine(directory, "datasets.db"), Assert.IsType<SqliteDatasetStore>(opened).DatabasePath);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Choose_PostgresWithoutConnectionString_SaysWhichSettingIsMissing(string? connectionString)
    {
        var error = Assert.Throws<StoreStartupException>(() => DatasetStoreSelection.Choose("postgres", connectionString, "unused"));

        Assert.Equal(
            "Dashboard:Store is 'postgres' but ConnectionStrings:Dashboard is not set. Set it, e.g. the environment variable " +
            "ConnectionStrings__Dashboard=\"Host=db.example;Port=5432;Database=dashboard;Username=dashboard;Password=...\".",
            error.Message);
    }

    [Fact]
    public void Choose_UnknownStore_NamesTheChoices()
    {
        var error = Assert.Throws<StoreStartupException>(() => DatasetStoreSelection.Choose("mysql", null, "unused"));

        Assert.Equal("Dashboard:Store is 'mysql'; it must be 'sqlite' (the default) or 'postgres'.", error.Message);
    }

    [Fact]
    public void Postgres_MalformedConnectionString_SaysSoWhenOpened()
    {
        var open = DatasetStoreSelection.Choose("postgres", "Hots=db;Database=x", "unused");

        var error = Assert.Throws<StoreStartupException>(open);

        Assert.StartsWith("ConnectionStrings:Dashboard is not a valid PostgreSQL connection string: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("hots", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Postgres_ConnectionStringWithoutHost_SaysSo()
    {
        var error = Assert.Throws<StoreStartupException>(() => new PostgresDatasetStore("Database=x;Username=u"));

        Assert.Equal("ConnectionStrings:Dashboard names no Host; write it as Host=...;Port=5432;Database=...;Username=...;Password=...", error.Message);
    }

    [Fact]
    public void Postgres_Unreachable_NamesWhereItWent_ButNotThePassword()
    {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        var error = Assert.Throws<StoreStartupException>(
            () => new PostgresDatasetStore("Host=127.0.0.1;Port=1;Database=dashboard;Username=app;Password=s3cret-pw;Timeout=3"));

        Assert.StartsWith(
            "Cannot open the PostgreSQL store at Host=127.0.0.1;Port=1;Database=dashboard;Username=app (ConnectionStrings:Dashboard): ",
            error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", error.Message, StringComparison.Ordinal);
    }
}
