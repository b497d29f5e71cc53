using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Services;

public sealed class DatasetStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-store-" + Guid.NewGuid().ToString("N"));
    private readonly DatasetStore _store;

    public DatasetStoreTests() => _store = new DatasetStore(_directory);

    [Fact]
    public void Add_ThenFind_ReturnsContentAndRoles()
    {
        var roles = new Dictionary<string, ColumnRole> { ["size"] = ColumnRole.Parameters, ["mmlu"] = ColumnRole.Score };

        var id = _store.Add("board.csv", "model,size,mmlu\na,7B,0.5\n", roles).Id;
        var found = _store.Find(id);

        Assert.NotNull(found);
        Assert.Equal("board.csv", found.Name);
        Assert.Equal("model,size,mmlu\na,7B,0.5\n", found.Content);
        Assert.Equal(ColumnRole.Parameters, found.RoleOverrides["SIZE"]);
        Assert.False(found.IsExample);
    }

    [Fact]
    public void Add_ManyUploads_GivesUnguessableUrlSafeIds()
    {
        var uploads = Enumerable.Range(0, 200).Select(_ => _store.Add("x", "a,b\n1,2\n", new Dictionary<string, ColumnRole>())).ToList();
        var ids = uploads.Select(u => u.Id).ToList();

        Assert.Equal(200, ids.Distinct(StringComparer.Ordinal).Count());
        // 16 random bytes in base64url without padding: 22 characters, 128 bits.
        Assert.All(ids, id => Assert.Equal(22, id.Length));
        Assert.All(ids, id => Assert.True(DatasetIds.IsWellFormed(id)));
        // Owner keys: 32 random bytes, 43 base64url characters, all different and none equal to its id.
        Assert.Equal(200, uploads.Select(u => u.OwnerKey).Distinct(StringComparer.Ordinal).Count());
        Assert.All(uploads, u => Assert.Equal(43, u.OwnerKey.Length));
    }

    [Fact]
    public void Find_SecondStoreOnSameFolder_FindsEarlierUploads()
    {
        var id = _store.Add("kept.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole>()).Id;

        var reopened = new DatasetStore(_directory);

        Assert.Equal("kept.csv", reopened.Find(id)?.Name);
    }

    [Fact]
    public void Delete_WithTheOwnerKey_RemovesUpload_ButNeverAnExample()
    {
        var upload = _store.Add("gone.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole>());
        _store.UpsertExample("example-x", "Example", "a,b\n1,2\n", isSynthetic: false);

        Assert.True(_store.Delete(upload.Id, upload.OwnerKey));
        Assert.Null(_store.Find(upload.Id));
        Assert.False(_store.Delete("example-x", upload.OwnerKey));
        Assert.False(_store.Delete("example-x", null));
        Assert.NotNull(_store.Find("example-x"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-the-key")]
    public void Delete_OrChange_WithoutTheOwnerKey_LeavesTheUploadAsItWas(string? key)
    {
        var upload = _store.Add("theirs.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Score });
        var other = _store.Add("mine.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole>());

        Assert.False(_store.Delete(upload.Id, key));
        Assert.False(_store.UpdateRoleOverrides(upload.Id, key, new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Ignore }));
        // Another upload's key is not this one's.
        Assert.False(_store.Delete(upload.Id, other.OwnerKey));
        Assert.False(_store.IsOwner(upload.Id, key));
        Assert.True(_store.IsOwner(upload.Id, upload.OwnerKey));
        Assert.Equal(ColumnRole.Score, _store.Find(upload.Id)!.RoleOverrides["b"]);
    }

    [Fact]
    public void OwnerKey_IsKeptOnlyAsItsHash()
    {
        var upload = _store.Add("secret.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole>());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // The store's file holds the SHA-256 of the key, never the key: a copy of the database grants no edits.
        var bytes = File.ReadAllBytes(_store.DatabasePath).Concat(File.Exists(_store.DatabasePath + "-wal") ? File.ReadAllBytes(_store.DatabasePath + "-wal") : []).ToArray();
        var text = System.Text.Encoding.ASCII.GetString(bytes);
        Assert.DoesNotContain(upload.OwnerKey, text, StringComparison.Ordinal);
        Assert.Contains(OwnerKeys.Hash(upload.OwnerKey)!, text, StringComparison.Ordinal);
    }

    [Fact]
    public void OlderStoreWithoutOwnerColumn_GainsIt_AndItsUploadsAreReadOnly()
    {
        // A store as written before owner keys: the same table without the column, one upload in it.
        Directory.CreateDirectory(_directory + "-old");
        var path = Path.Combine(_directory + "-old", "datasets.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE datasets (id TEXT PRIMARY KEY, name TEXT NOT NULL, content TEXT NOT NULL, role_overrides TEXT NOT NULL,
                    is_example INTEGER NOT NULL, is_synthetic INTEGER NOT NULL, created_utc TEXT NOT NULL);
                INSERT INTO datasets VALUES ('AAAAAAAAAAAAAAAAAAAAAA', 'old.csv', 'a,b\n1,2\n', '{}', 0, 0, '2026-01-01T00:00:00.0000000+00:00');
                """;
            command.ExecuteNonQuery();
        }

        try
        {
            var store = new DatasetStore(_directory + "-old");

            Assert.Equal("old.csv", store.Find("AAAAAAAAAAAAAAAAAAAAAA")?.Name);
            Assert.False(store.Delete("AAAAAAAAAAAAAAAAAAAAAA", "any"));
            Assert.NotEqual("", store.Add("new.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole>()).Id);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory + "-old", recursive: true);
        }
    }

    [Fact]
    public void ListExamples_ShowsOnlyExamples_AndFindUploadsOnlyNamedUploads()
    {
        var upload = _store.Add("private.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole>());
        _store.UpsertExample("example-b", "B example", "a,b\n1,2\n", isSynthetic: true);
        _store.UpsertExample("example-a", "A example", "a,b\n1,2\n", isSynthetic: false);

        Assert.Equal(["A example", "B example"], _store.ListExamples().Select(d => d.Name));
        Assert.Equal(["private.csv"], _store.FindUploads([upload.Id, "example-a", "missing"]).Select(d => d.Name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("' OR 1=1 --")]
    [InlineData("../../etc/passwd")]
    public void Find_MalformedId_ReturnsNullWithoutQuerying(string? id) => Assert.Null(_store.Find(id));

    [Fact]
    public void UpdateRoleOverrides_WithTheOwnerKey_ChangesUploadRoles()
    {
        var upload = _store.Add("r.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Score });

        Assert.True(_store.UpdateRoleOverrides(upload.Id, upload.OwnerKey, new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Ignore }));

        Assert.Equal(ColumnRole.Ignore, _store.Find(upload.Id)!.RoleOverrides["b"]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
