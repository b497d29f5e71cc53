using System.Data.Common;
using Npgsql;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// The store in a PostgreSQL database (tables in the connection's first schema on its search path), for several app
/// instances behind a load balancer: each reads and writes the same datasets and data-protection keys.
/// </summary>
public sealed class PostgresDatasetStore : SqlDatasetStore
{
    private static readonly StoreDialect PostgresDialect = new("bigint", "timestamptz", "octet_length(content)");

    /// <summary>Any fixed number: the advisory lock that lets one starting instance at a time create or upgrade the tables.</summary>
    private const long SchemaLock = 0x5CA1_1D05;

    private readonly string _connectionString;

    /// <exception cref="StoreStartupException">The connection string does not parse or the database cannot be reached.</exception>
    public PostgresDatasetStore(string connectionString)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreStartupException($"ConnectionStrings:Dashboard is not a valid PostgreSQL connection string: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(parsed.Host))
        {
            throw new StoreStartupException("ConnectionStrings:Dashboard names no Host; write it as Host=...;Port=5432;Database=...;Username=...;Password=...");
        }

        _connectionString = parsed.ConnectionString;
        try
        {
            CreateOrUpgradeSchema("""
                CREATE TABLE IF NOT EXISTS datasets (
                    id text PRIMARY KEY,
                    name text NOT NULL,
                    content text NOT NULL,
                    role_overrides text NOT NULL,
                    is_example integer NOT NULL,
                    is_synthetic integer NOT NULL,
                    created_utc timestamptz NOT NULL,
                    owner_key_hash text,
                    size_bytes bigint NOT NULL,
                    uploader_hash text,
                    last_opened_utc timestamptz NOT NULL
                );
                CREATE TABLE IF NOT EXISTS data_protection_keys (
                    friendly_name text PRIMARY KEY,
                    xml text NOT NULL
                );
                """,
                (connection, transaction) => Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({SchemaLock})"));
        }
        catch (NpgsqlException e)
        {
            // The password is never repeated: only where the app tried to go.
            throw new StoreStartupException(
                $"Cannot open the PostgreSQL store at Host={parsed.Host};Port={parsed.Port};Database={parsed.Database};Username={parsed.Username} " +
                $"(ConnectionStrings:Dashboard): {e.Message}", e);
        }
    }

    protected override StoreDialect Dialect => PostgresDialect;

    protected override DbConnection Open()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Npgsql writes a timestamptz only from a DateTimeOffset at offset zero.</summary>
    protected override object TimestampValue(DateTimeOffset value) => value.ToUniversalTime();

    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.GetFieldValue<DateTimeOffset>(ordinal);
    }

    protected override bool HasColumn(DbConnection connection, DbTransaction transaction, string table, string column)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var probe = new NpgsqlCommand(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table AND column_name = @column",
            (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        probe.Parameters.AddWithValue("table", table);
        probe.Parameters.AddWithValue("column", column);
        return (long)probe.ExecuteScalar()! > 0;
    }
}
