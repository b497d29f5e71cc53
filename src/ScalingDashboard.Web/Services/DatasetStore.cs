using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Datasets kept server-side in an embedded SQLite file, keyed by unguessable ids, so a refresh, a second tab or a
/// shared link finds them again. The raw text is stored (not the parsed table) so a later, better reader re-reads it.
/// A link gives read access; changing roles or deleting an upload needs its owner key (<see cref="OwnerKeys"/>), of which
/// only the hash is kept. Uploads stored before keys existed have none, so nobody can change them: editing makes a copy.
/// </summary>
public sealed class DatasetStore
{
    private readonly string _connectionString;

    public DatasetStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        DatabasePath = Path.Combine(directory, "datasets.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS datasets (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                content TEXT NOT NULL,
                role_overrides TEXT NOT NULL,
                is_example INTEGER NOT NULL,
                is_synthetic INTEGER NOT NULL,
                created_utc TEXT NOT NULL,
                owner_key_hash TEXT
            );
            """;
        command.ExecuteNonQuery();
        AddOwnerColumnToOlderStore(connection);
    }

    /// <summary>A store written before owner keys gains the column; its uploads keep no key (read-only for all).</summary>
    private static void AddOwnerColumnToOlderStore(SqliteConnection connection)
    {
        using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT COUNT(*) FROM pragma_table_info('datasets') WHERE name = 'owner_key_hash'";
        if (Convert.ToInt64(probe.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            using var alter = connection.CreateCommand();
            alter.CommandText = "ALTER TABLE datasets ADD COLUMN owner_key_hash TEXT";
            alter.ExecuteNonQuery();
        }
    }

    public string DatabasePath { get; }

    /// <summary>Stores an uploaded dataset under a new unguessable id; returns the id and the owner key (shown once).</summary>
    public NewUpload Add(string name, string content, IReadOnlyDictionary<string, ColumnRole> roleOverrides)
    {
        var upload = new NewUpload(DatasetIds.NewId(), OwnerKeys.NewKey());
        Write(new StoredDataset(upload.Id, name, content, roleOverrides, IsExample: false, IsSynthetic: false, DateTimeOffset.UtcNow),
            OwnerKeys.Hash(upload.OwnerKey));
        return upload;
    }

    /// <summary>Whether <paramref name="ownerKey"/> is the key of the upload <paramref name="id"/> (never for examples).</summary>
    public bool IsOwner(string? id, string? ownerKey) =>
        OwnerKeys.Hash(ownerKey) is { } hash
        && ForId(id, "SELECT COUNT(*) FROM datasets WHERE id = $id AND is_example = 0 AND owner_key_hash = $hash", command =>
        {
            command.Parameters.AddWithValue("$hash", hash);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
        });

    /// <summary>Writes an example dataset under its fixed id, replacing an older copy.</summary>
    public void UpsertExample(string id, string name, string content, bool isSynthetic) =>
        Write(new StoredDataset(id, name, content, new Dictionary<string, ColumnRole>(), IsExample: true, isSynthetic, DateTimeOffset.UtcNow));

    public StoredDataset? Find(string? id) =>
        ForId(id, "SELECT id, name, content, role_overrides, is_example, is_synthetic, created_utc FROM datasets WHERE id = $id", command =>
        {
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadDataset(reader) : null;
        });

    /// <summary>
    /// The saved column roles of a dataset, as stored (a short JSON text), or null when there is no such dataset: a
    /// cheap check that a copy read earlier is still what the store holds, without reading its content again.
    /// </summary>
    public string? RolesVersion(string? id) =>
        ForId(id, "SELECT role_overrides FROM datasets WHERE id = $id", command => command.ExecuteScalar() as string);

    /// <summary>The examples, in name order: the only datasets listed to everyone.</summary>
    public IReadOnlyList<DatasetSummary> ListExamples()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, is_example, is_synthetic, created_utc FROM datasets WHERE is_example = 1 ORDER BY name";
        using var reader = command.ExecuteReader();
        var list = new List<DatasetSummary>();
        while (reader.Read())
        {
            list.Add(ReadSummary(reader));
        }

        return list;
    }

    /// <summary>Summaries of the uploads with these ids that still exist, in the order given.</summary>
    public IReadOnlyList<DatasetSummary> FindUploads(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var connection = Open();
        var list = new List<DatasetSummary>();
        foreach (var id in ids.Where(DatasetIds.IsWellFormed))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, name, is_example, is_synthetic, created_utc FROM datasets WHERE id = $id AND is_example = 0";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                list.Add(ReadSummary(reader));
            }
        }

        return list;
    }

    /// <summary>Changes an upload's column roles, only with its owner key. Returns whether it was changed.</summary>
    public bool UpdateRoleOverrides(string id, string? ownerKey, IReadOnlyDictionary<string, ColumnRole> roleOverrides) =>
        ChangeAsOwner(id, ownerKey, "UPDATE datasets SET role_overrides = $roles WHERE id = $id AND is_example = 0 AND owner_key_hash = $hash",
            command => command.Parameters.AddWithValue("$roles", SerializeRoles(roleOverrides)));

    /// <summary>Deletes an upload, only with its owner key; examples cannot be deleted. Returns whether a row went.</summary>
    public bool Delete(string id, string? ownerKey) =>
        ChangeAsOwner(id, ownerKey, "DELETE FROM datasets WHERE id = $id AND is_example = 0 AND owner_key_hash = $hash");

    /// <summary>
    /// Runs <paramref name="sql"/> with <c>$id</c> and the key's hash as <c>$hash</c> bound; the statement checks the key
    /// in the same step that writes, so nothing slips between a check and the change. False without a key or a row.
    /// </summary>
    private bool ChangeAsOwner(string id, string? ownerKey, string sql, Action<SqliteCommand>? bind = null) =>
        OwnerKeys.Hash(ownerKey) is { } hash
        && ForId(id, sql, command =>
        {
            command.Parameters.AddWithValue("$hash", hash);
            bind?.Invoke(command);
            return command.ExecuteNonQuery() > 0;
        });

    /// <summary>Runs <paramref name="use"/> on <paramref name="sql"/> with <c>$id</c> bound; the default without a well-formed id.</summary>
    private T? ForId<T>(string? id, string sql, Func<SqliteCommand, T> use)
    {
        if (!DatasetIds.IsWellFormed(id))
        {
            return default;
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return use(command);
    }

    private void Write(StoredDataset dataset, string? ownerKeyHash = null)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO datasets (id, name, content, role_overrides, is_example, is_synthetic, created_utc, owner_key_hash)
            VALUES ($id, $name, $content, $roles, $example, $synthetic, $created, $owner)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, content = excluded.content,
                role_overrides = excluded.role_overrides, is_synthetic = excluded.is_synthetic
            """;
        command.Parameters.AddWithValue("$id", dataset.Id);
        command.Parameters.AddWithValue("$name", dataset.Name);
        command.Parameters.AddWithValue("$content", dataset.Content);
        command.Parameters.AddWithValue("$roles", SerializeRoles(dataset.RoleOverrides));
        command.Parameters.AddWithValue("$example", dataset.IsExample ? 1 : 0);
        command.Parameters.AddWithValue("$synthetic", dataset.IsSynthetic ? 1 : 0);
        command.Parameters.AddWithValue("$created", dataset.CreatedUtc.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$owner", (object?)ownerKeyHash ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static StoredDataset ReadDataset(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        DeserializeRoles(reader.GetString(3)),
        reader.GetInt64(4) == 1,
        reader.GetInt64(5) == 1,
        ParseDate(reader.GetString(6)));

    private static DatasetSummary ReadSummary(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 1, reader.GetInt64(3) == 1, ParseDate(reader.GetString(4)));

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string SerializeRoles(IReadOnlyDictionary<string, ColumnRole> roles) =>
        JsonSerializer.Serialize(roles.ToDictionary(p => p.Key, p => p.Value.ToString()));

    private static Dictionary<string, ColumnRole> DeserializeRoles(string json)
    {
        var raw = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        var roles = new Dictionary<string, ColumnRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var (header, role) in raw)
        {
            // A role name a later version no longer knows is dropped rather than failing the whole dataset.
            if (Enum.TryParse<ColumnRole>(role, out var parsed))
            {
                roles[header] = parsed;
            }
        }

        return roles;
    }
}
