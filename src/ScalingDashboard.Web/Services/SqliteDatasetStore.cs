using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// The store in an embedded SQLite file (<c>datasets.db</c> in the data directory): for one app instance, nothing to
/// run beside it. Timestamps are ISO 8601 text in UTC, which sorts in time order.
/// </summary>
public sealed class SqliteDatasetStore : SqlDatasetStore
{
    private static readonly StoreDialect SqliteDialect = new("INTEGER", "TEXT", "length(CAST(content AS BLOB))");

    private readonly string _connectionString;

    public SqliteDatasetStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        DatabasePath = Path.Combine(directory, "datasets.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true }.ToString();
        using (var connection = Open())
        {
            // Outside the schema's transaction: SQLite cannot change the journal mode inside one.
            Execute(connection, null, "PRAGMA journal_mode = WAL");
        }

        CreateOrUpgradeSchema("""
            CREATE TABLE IF NOT EXISTS datasets (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                content TEXT NOT NULL,
                role_overrides TEXT NOT NULL,
                is_example INTEGER NOT NULL,
                is_synthetic INTEGER NOT NULL,
                created_utc TEXT NOT NULL,
                owner_key_hash TEXT,
                size_bytes INTEGER NOT NULL,
                uploader_hash TEXT,
                last_opened_utc TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS data_protection_keys (
                friendly_name TEXT PRIMARY KEY,
                xml TEXT NOT NULL
            );
            """);
    }

    public string DatabasePath { get; }

    protected override StoreDialect Dialect => SqliteDialect;

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    protected override object TimestampValue(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    protected override bool HasColumn(DbConnection connection, DbTransaction transaction, string table, string column)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var probe = connection.CreateCommand();
        probe.Transaction = transaction;
        probe.CommandText = "SELECT COUNT(*) FROM pragma_table_info(@table) WHERE name = @column";
        probe.Parameters.Add(new SqliteParameter("@table", table));
        probe.Parameters.Add(new SqliteParameter("@column", column));
        return Convert.ToInt64(probe.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }
}
