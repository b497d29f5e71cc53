using Npgsql;

namespace ScalingDashboard.Web.Tests.TestSupport;

/// <summary>
/// A fresh, empty schema on the test PostgreSQL, first on the search path of <see cref="ConnectionString"/>, so a store
/// opened with it creates its tables there; dropped with everything in it on dispose.
/// </summary>
internal sealed class TestSchema : IDisposable
{
    private readonly string _serverConnectionString;

    public TestSchema(string serverConnectionString)
    {
        _serverConnectionString = serverConnectionString;
        Name = "test_" + Guid.NewGuid().ToString("N");
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { SearchPath = Name }.ConnectionString;
        Execute($"CREATE SCHEMA {Name}");
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Runs SQL in this schema (to write a store as an older version left it, or to read what is stored).</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public string? QueryText(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar() as string;
    }

    public void Dispose()
    {
        // The store's pooled connections to this schema would otherwise stay open until the pool prunes them.
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(_serverConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA {Name} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
