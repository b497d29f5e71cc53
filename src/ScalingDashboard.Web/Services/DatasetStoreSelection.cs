namespace ScalingDashboard.Web.Services;

/// <summary>
/// Picks the store from the settings <c>Dashboard:Store</c> and <c>ConnectionStrings:Dashboard</c>, checking them at
/// startup so that a mistake stops the app with a sentence naming the setting, not later with a stack trace.
/// </summary>
public static class DatasetStoreSelection
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>
    /// How to open the chosen store (opening connects, so it is left to the first use).
    /// </summary>
    /// <param name="store">The value of <c>Dashboard:Store</c>; empty means SQLite.</param>
    /// <param name="connectionString">The value of <c>ConnectionStrings:Dashboard</c>; used only by PostgreSQL.</param>
    /// <param name="dataDirectory">The full path of the SQLite store's folder.</param>
    /// <exception cref="StoreStartupException">An unknown store, or PostgreSQL without a connection string.</exception>
    public static Func<SqlDatasetStore> Choose(string? store, string? connectionString, string dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(store) || string.Equals(store.Trim(), Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return () => new SqliteDatasetStore(dataDirectory);
        }

        if (!string.Equals(store.Trim(), Postgres, StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreStartupException($"Dashboard:Store is '{store}'; it must be '{Sqlite}' (the default) or '{Postgres}'.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StoreStartupException(
                "Dashboard:Store is 'postgres' but ConnectionStrings:Dashboard is not set. Set it, e.g. the environment variable " +
                "ConnectionStrings__Dashboard=\"Host=db.example;Port=5432;Database=dashboard;Username=dashboard;Password=...\".");
        }

        return () => new PostgresDatasetStore(connectionString);
    }
}
