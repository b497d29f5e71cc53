using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.TestSupport;

/// <summary>
/// A throw-away store of either kind: SQLite in a fresh temporary folder, or PostgreSQL in a fresh schema of the test
/// server. <see cref="Reopen"/> opens a second store on the same data, as a restarted or second app instance would.
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly string? _directory;
    private readonly TestSchema? _schema;

    private TestStore(StoreKind kind, Action<TestStore>? writeOlderStore)
    {
        Kind = kind;
        if (kind == StoreKind.Sqlite)
        {
            _directory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-store-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
        }
        else
        {
            _schema = TestPostgres.NewSchema();
        }

        writeOlderStore?.Invoke(this);
        Store = Reopen();
    }

    public StoreKind Kind { get; }

    public SqlDatasetStore Store { get; }

    /// <summary>A new, empty store of <paramref name="kind"/>.</summary>
    public static TestStore Create(StoreKind kind) => new(kind, null);

    /// <summary>
    /// A store opened over tables an older version left, written first by <paramref name="sqliteSql"/> or
    /// <paramref name="postgresSql"/> (each store has its own column types).
    /// </summary>
    public static TestStore OverOlderStore(StoreKind kind, string sqliteSql, string postgresSql) =>
        new(kind, test => test.Execute(kind == StoreKind.Sqlite ? sqliteSql : postgresSql));

    public SqlDatasetStore Reopen() => Kind == StoreKind.Sqlite
        ? new SqliteDatasetStore(_directory!)
        : new PostgresDatasetStore(_schema!.ConnectionString);

    /// <summary>Everything the store holds as text, to check what is (and is not) kept: the SQLite file itself, or every row.</summary>
    public string AllStoredText()
    {
        if (Kind == StoreKind.Postgres)
        {
            return _schema!.QueryText("SELECT string_agg(d::text, E'\\n') FROM datasets d") ?? "";
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = Path.Combine(_directory!, "datasets.db");
        var bytes = File.ReadAllBytes(path).Concat(File.Exists(path + "-wal") ? File.ReadAllBytes(path + "-wal") : []).ToArray();
        return System.Text.Encoding.ASCII.GetString(bytes);
    }

    private void Execute(string sql)
    {
        if (_schema is not null)
        {
            _schema.Execute(sql);
            return;
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_directory!, "datasets.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _schema?.Dispose();
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
