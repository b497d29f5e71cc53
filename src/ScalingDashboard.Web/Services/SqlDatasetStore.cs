using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// The store's statements, written once in the SQL that SQLite and PostgreSQL both read (<c>@name</c> parameters,
/// <c>ON CONFLICT ... DO UPDATE</c>, flags as integers 0/1), so both stores behave alike by construction. A subclass
/// opens connections, creates its tables in its own column types, and says how a timestamp is written and read.
/// It also keeps the data-protection keys (<see cref="StoreXmlRepository"/>), so instances sharing a store share keys.
/// </summary>
public abstract class SqlDatasetStore : IDatasetStore
{
    /// <summary>Opens a new connection; the caller disposes it (pooling makes that cheap).</summary>
    protected abstract DbConnection Open();

    /// <summary>A timestamp as this database's parameter value (UTC, so that stored values compare in time order).</summary>
    protected abstract object TimestampValue(DateTimeOffset value);

    protected abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>Whether the table already has the column (a store written by an older version may lack it).</summary>
    protected abstract bool HasColumn(DbConnection connection, DbTransaction transaction, string table, string column);

    /// <summary>The SQL column types and the byte-length function of this database, for adding columns to an older store.</summary>
    protected abstract StoreDialect Dialect { get; }

    public NewUpload Add(string name, string content, IReadOnlyDictionary<string, ColumnRole> roleOverrides, string? uploaderToken = null)
    {
        var upload = new NewUpload(DatasetIds.NewId(), OwnerKeys.NewKey());
        Write(new StoredDataset(upload.Id, name, content, roleOverrides, IsExample: false, IsSynthetic: false, DateTimeOffset.UtcNow),
            OwnerKeys.Hash(upload.OwnerKey), OwnerKeys.Hash(uploaderToken));
        return upload;
    }

    public bool IsOwner(string? id, string? ownerKey) =>
        OwnerKeys.Hash(ownerKey) is { } hash
        && ForId(id, "SELECT COUNT(*) FROM datasets WHERE id = @id AND is_example = 0 AND owner_key_hash = @hash", command =>
        {
            AddText(command, "@hash", hash);
            return ToLong(command.ExecuteScalar()) > 0;
        });

    public void UpsertExample(string id, string name, string content, bool isSynthetic) =>
        Write(new StoredDataset(id, name, content, new Dictionary<string, ColumnRole>(), IsExample: true, isSynthetic, DateTimeOffset.UtcNow));

    public StoredDataset? Find(string? id) =>
        ForId(id, "SELECT id, name, content, role_overrides, is_example, is_synthetic, created_utc FROM datasets WHERE id = @id", command =>
        {
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadDataset(reader) : null;
        });

    public string? RolesVersion(string? id) =>
        ForId(id, "SELECT role_overrides FROM datasets WHERE id = @id", command => command.ExecuteScalar() as string);

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

    public IReadOnlyList<DatasetSummary> FindUploads(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var connection = Open();
        var list = new List<DatasetSummary>();
        foreach (var id in ids.Where(DatasetIds.IsWellFormed))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, name, is_example, is_synthetic, created_utc FROM datasets WHERE id = @id AND is_example = 0";
            AddText(command, "@id", id);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                list.Add(ReadSummary(reader));
            }
        }

        return list;
    }

    public bool UpdateRoleOverrides(string id, string? ownerKey, IReadOnlyDictionary<string, ColumnRole> roleOverrides) =>
        ChangeAsOwner(id, ownerKey, "UPDATE datasets SET role_overrides = @roles WHERE id = @id AND is_example = 0 AND owner_key_hash = @hash",
            command => AddText(command, "@roles", SerializeRoles(roleOverrides)));

    public bool Delete(string id, string? ownerKey) =>
        ChangeAsOwner(id, ownerKey, "DELETE FROM datasets WHERE id = @id AND is_example = 0 AND owner_key_hash = @hash");

    public bool MarkOpened(string id, DateTimeOffset now) =>
        ForId(id, "UPDATE datasets SET last_opened_utc = @now WHERE id = @id", command =>
        {
            AddValue(command, "@now", TimestampValue(now));
            return command.ExecuteNonQuery() > 0;
        });

    public UploadTotals UploadedBytes(string? uploaderToken)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        // A hash is 64 hex digits, so the empty text stands for "no uploader" and matches no row.
        command.CommandText = """
            SELECT COALESCE(SUM(size_bytes), 0), COALESCE(SUM(CASE WHEN uploader_hash = @uploader THEN size_bytes ELSE 0 END), 0)
            FROM datasets WHERE is_example = 0
            """;
        AddText(command, "@uploader", OwnerKeys.Hash(uploaderToken) ?? "");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new UploadTotals(ToLong(reader.GetValue(0)), ToLong(reader.GetValue(1)));
    }

    public int DeleteUploadsNotOpenedSince(DateTimeOffset cutoff)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM datasets WHERE is_example = 0 AND last_opened_utc < @cutoff";
        AddValue(command, "@cutoff", TimestampValue(cutoff));
        return command.ExecuteNonQuery();
    }

    /// <summary>The XML of every data-protection key kept (see <see cref="StoreXmlRepository"/>).</summary>
    internal IReadOnlyList<string> ReadProtectionKeys()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT xml FROM data_protection_keys ORDER BY friendly_name";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    internal void WriteProtectionKey(string friendlyName, string xml)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@name, @xml)
            ON CONFLICT(friendly_name) DO UPDATE SET xml = excluded.xml
            """;
        AddText(command, "@name", friendlyName);
        AddText(command, "@xml", xml);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Creates the tables with <paramref name="createTables"/> (which must do nothing where they exist) and gives a
    /// store written by an older version the columns added since, in one transaction: another instance starting on the
    /// same database at the same moment waits (see <paramref name="serialize"/>) rather than adding a column twice.
    /// </summary>
    protected void CreateOrUpgradeSchema(string createTables, Action<DbConnection, DbTransaction>? serialize = null)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        serialize?.Invoke(connection, transaction);
        Execute(connection, transaction, createTables);
        // Uploads stored before owner keys existed keep none: read-only for everyone.
        AddColumnIfMissing(connection, transaction, "owner_key_hash", "TEXT");
        AddColumnIfMissing(connection, transaction, "uploader_hash", "TEXT");
        AddColumnIfMissing(connection, transaction, "size_bytes", Dialect.IntegerType + " NOT NULL DEFAULT 0",
            $"UPDATE datasets SET size_bytes = {Dialect.ByteLengthOfContent}");
        // Never opened since the column exists: count from the upload, so old uploads are not all expired at once.
        AddColumnIfMissing(connection, transaction, "last_opened_utc", Dialect.TimestampType,
            "UPDATE datasets SET last_opened_utc = created_utc");
        transaction.Commit();
    }

    private void AddColumnIfMissing(DbConnection connection, DbTransaction transaction, string column, string type, string? fill = null)
    {
        if (HasColumn(connection, transaction, "datasets", column))
        {
            return;
        }

        Execute(connection, transaction, $"ALTER TABLE datasets ADD COLUMN {column} {type}");
        if (fill is not null)
        {
            Execute(connection, transaction, fill);
        }
    }

    protected static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Runs <paramref name="sql"/> with <c>@id</c> and the key's hash as <c>@hash</c> bound; the statement checks the key
    /// in the same step that writes, so nothing slips between a check and the change. False without a key or a row.
    /// </summary>
    private bool ChangeAsOwner(string id, string? ownerKey, string sql, Action<DbCommand>? bind = null) =>
        OwnerKeys.Hash(ownerKey) is { } hash
        && ForId(id, sql, command =>
        {
            AddText(command, "@hash", hash);
            bind?.Invoke(command);
            return command.ExecuteNonQuery() > 0;
        });

    /// <summary>Runs <paramref name="use"/> on <paramref name="sql"/> with <c>@id</c> bound; the default without a well-formed id.</summary>
    private T? ForId<T>(string? id, string sql, Func<DbCommand, T> use)
    {
        if (!DatasetIds.IsWellFormed(id))
        {
            return default;
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddText(command, "@id", id);
        return use(command);
    }

    private void Write(StoredDataset dataset, string? ownerKeyHash = null, string? uploaderHash = null)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        // Rewriting an example keeps when it was stored and last opened; its text, and so its size, may change.
        command.CommandText = """
            INSERT INTO datasets (id, name, content, role_overrides, is_example, is_synthetic, created_utc, owner_key_hash,
                size_bytes, uploader_hash, last_opened_utc)
            VALUES (@id, @name, @content, @roles, @example, @synthetic, @created, @owner, @size, @uploader, @created)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, content = excluded.content,
                role_overrides = excluded.role_overrides, is_synthetic = excluded.is_synthetic, size_bytes = excluded.size_bytes
            """;
        AddText(command, "@id", dataset.Id);
        AddText(command, "@name", dataset.Name);
        AddText(command, "@content", dataset.Content);
        AddText(command, "@roles", SerializeRoles(dataset.RoleOverrides));
        AddValue(command, "@example", dataset.IsExample ? 1 : 0);
        AddValue(command, "@synthetic", dataset.IsSynthetic ? 1 : 0);
        AddValue(command, "@created", TimestampValue(dataset.CreatedUtc));
        AddText(command, "@owner", ownerKeyHash);
        AddValue(command, "@size", (long)Encoding.UTF8.GetByteCount(dataset.Content));
        AddText(command, "@uploader", uploaderHash);
        command.ExecuteNonQuery();
    }

    /// <summary>Binds a text parameter, typed as text even when null (PostgreSQL cannot infer the type of a bare null).</summary>
    private static void AddText(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.String;
        parameter.Value = (object?)value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static void AddValue(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A count or sum as long: SQLite gives long, PostgreSQL long for COUNT and numeric for SUM of bigint.</summary>
    private static long ToLong(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private StoredDataset ReadDataset(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        DeserializeRoles(reader.GetString(3)),
        ToLong(reader.GetValue(4)) == 1,
        ToLong(reader.GetValue(5)) == 1,
        ReadTimestamp(reader, 6));

    private DatasetSummary ReadSummary(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), ToLong(reader.GetValue(2)) == 1, ToLong(reader.GetValue(3)) == 1, ReadTimestamp(reader, 4));

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
