using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Services;
using ScalingDashboard.Web.Tests.TestSupport;

namespace ScalingDashboard.Web.Tests.Services;

/// <summary>
/// The store's behaviour, run against both stores: every theory gets SQLite and PostgreSQL (the latter reported as
/// skipped where no test server is configured, see <see cref="TestPostgres"/>).
/// </summary>
public sealed class DatasetStoreTests
{
    private static readonly Dictionary<string, ColumnRole> NoRoles = [];

    [Theory, SqliteStore, PostgresStore]
    public void Add_ThenFind_ReturnsContentAndRoles(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        var roles = new Dictionary<string, ColumnRole> { ["size"] = ColumnRole.Parameters, ["mmlu"] = ColumnRole.Score };

        var id = test.Store.Add("board.csv", "model,size,mmlu\na,7B,0.5\n", roles).Id;
        var found = test.Store.Find(id);

        Assert.NotNull(found);
        Assert.Equal("board.csv", found.Name);
        Assert.Equal("model,size,mmlu\na,7B,0.5\n", found.Content);
        Assert.Equal(ColumnRole.Parameters, found.RoleOverrides["SIZE"]);
        Assert.False(found.IsExample);
        Assert.Equal(TimeSpan.Zero, found.CreatedUtc.Offset);
    }

    [Theory, SqliteStore, PostgresStore]
    public void Add_ManyUploads_GivesUnguessableUrlSafeIds(StoreKind kind)
    {
        using var test = TestStore.Create(kind);

        var uploads = Enumerable.Range(0, 200).Select(_ => test.Store.Add("x", "a,b\n1,2\n", NoRoles)).ToList();
        var ids = uploads.Select(u => u.Id).ToList();

        Assert.Equal(200, ids.Distinct(StringComparer.Ordinal).Count());
        // 16 random bytes in base64url without padding: 22 characters, 128 bits.
        Assert.All(ids, id => Assert.Equal(22, id.Length));
        Assert.All(ids, id => Assert.True(DatasetIds.IsWellFormed(id)));
        // Owner keys: 32 random bytes, 43 base64url characters, all different and none equal to its id.
        Assert.Equal(200, uploads.Select(u => u.OwnerKey).Distinct(StringComparer.Ordinal).Count());
        Assert.All(uploads, u => Assert.Equal(43, u.OwnerKey.Length));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Find_SecondStoreOnSameData_FindsEarlierUploads(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        var id = test.Store.Add("kept.csv", "a,b\n1,2\n", NoRoles).Id;

        var reopened = test.Reopen();

        Assert.Equal("kept.csv", reopened.Find(id)?.Name);
    }

    [Theory, SqliteStore, PostgresStore]
    public void Delete_WithTheOwnerKey_RemovesUpload_ButNeverAnExample(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        var upload = test.Store.Add("gone.csv", "a,b\n1,2\n", NoRoles);
        test.Store.UpsertExample("example-x", "Example", "a,b\n1,2\n", isSynthetic: false);

        Assert.True(test.Store.Delete(upload.Id, upload.OwnerKey));
        Assert.Null(test.Store.Find(upload.Id));
        Assert.False(test.Store.Delete("example-x", upload.OwnerKey));
        Assert.False(test.Store.Delete("example-x", null));
        Assert.NotNull(test.Store.Find("example-x"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Delete_OrChange_WithoutTheOwnerKey_LeavesTheUploadAsItWas(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        var upload = test.Store.Add("theirs.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Score });
        var other = test.Store.Add("mine.csv", "a,b\n1,2\n", NoRoles);

        foreach (var key in new[] { null, "", "not-the-key", other.OwnerKey })
        {
            Assert.False(test.Store.Delete(upload.Id, key));
            Assert.False(test.Store.UpdateRoleOverrides(upload.Id, key, new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Ignore }));
            Assert.False(test.Store.IsOwner(upload.Id, key));
        }

        Assert.True(test.Store.IsOwner(upload.Id, upload.OwnerKey));
        Assert.Equal(ColumnRole.Score, test.Store.Find(upload.Id)!.RoleOverrides["b"]);
    }

    [Theory, SqliteStore, PostgresStore]
    public void OwnerKeyAndUploaderToken_AreKeptOnlyAsTheirHashes(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        const string uploaderToken = "browser-token-0123456789abcdef";

        var upload = test.Store.Add("secret.csv", "a,b\n1,2\n", NoRoles, uploaderToken);

        // The store holds the SHA-256 of each secret, never the secret: a copy of the database grants nothing.
        var text = test.AllStoredText();
        Assert.DoesNotContain(upload.OwnerKey, text, StringComparison.Ordinal);
        Assert.Contains(OwnerKeys.Hash(upload.OwnerKey)!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(uploaderToken, text, StringComparison.Ordinal);
        Assert.Contains(OwnerKeys.Hash(uploaderToken)!, text, StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public void OlderStoreWithoutOwnerColumn_GainsTheNewColumns_AndItsUploadsAreReadOnly(StoreKind kind)
    {
        // A store as written before owner keys: the table without the columns added since, one upload of 8 UTF-8 bytes
        // in 7 characters ("é" takes two).
        using var test = TestStore.OverOlderStore(kind,
            sqliteSql: """
                CREATE TABLE datasets (id TEXT PRIMARY KEY, name TEXT NOT NULL, content TEXT NOT NULL, role_overrides TEXT NOT NULL,
                    is_example INTEGER NOT NULL, is_synthetic INTEGER NOT NULL, created_utc TEXT NOT NULL);
                INSERT INTO datasets VALUES ('AAAAAAAAAAAAAAAAAAAAAA', 'old.csv', 'x,é,1,2', '{}', 0, 0, '2026-01-01T00:00:00.0000000+00:00');
                """,
            postgresSql: """
                CREATE TABLE datasets (id text PRIMARY KEY, name text NOT NULL, content text NOT NULL, role_overrides text NOT NULL,
                    is_example integer NOT NULL, is_synthetic integer NOT NULL, created_utc timestamptz NOT NULL);
                INSERT INTO datasets VALUES ('AAAAAAAAAAAAAAAAAAAAAA', 'old.csv', 'x,é,1,2', '{}', 0, 0, '2026-01-01T00:00:00Z');
                """);
        var store = test.Store;

        Assert.Equal("old.csv", store.Find("AAAAAAAAAAAAAAAAAAAAAA")?.Name);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), store.Find("AAAAAAAAAAAAAAAAAAAAAA")!.CreatedUtc);
        Assert.False(store.Delete("AAAAAAAAAAAAAAAAAAAAAA", "any"));
        Assert.Equal(new UploadTotals(8, 0), store.UploadedBytes(null));
        // Last opened counts from when it was stored: kept by a cutoff at that moment, gone by one a second later.
        Assert.Equal(0, store.DeleteUploadsNotOpenedSince(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(1, store.DeleteUploadsNotOpenedSince(new DateTimeOffset(2026, 1, 1, 0, 0, 1, TimeSpan.Zero)));
        var added = store.Add("new.csv", "a,b\n1,2\n", NoRoles, "token");
        Assert.Equal(new UploadTotals(8, 8), store.UploadedBytes("token"));
        Assert.True(store.Delete(added.Id, added.OwnerKey));
    }

    [Theory, SqliteStore, PostgresStore]
    public void OlderStoreWithOwnerColumn_KeepsItsOwners_AndGainsSizeAndLastOpened(StoreKind kind)
    {
        // The shape before uploader totals and expiry: owner keys already there.
        var ownerHash = OwnerKeys.Hash("owner-key");
        using var test = TestStore.OverOlderStore(kind,
            sqliteSql: $$"""
                CREATE TABLE datasets (id TEXT PRIMARY KEY, name TEXT NOT NULL, content TEXT NOT NULL, role_overrides TEXT NOT NULL,
                    is_example INTEGER NOT NULL, is_synthetic INTEGER NOT NULL, created_utc TEXT NOT NULL, owner_key_hash TEXT);
                INSERT INTO datasets VALUES ('BBBBBBBBBBBBBBBBBBBBBB', 'owned.csv', 'a,b,1,2', '{}', 0, 0, '2026-02-01T00:00:00.0000000+00:00', '{{ownerHash}}');
                INSERT INTO datasets VALUES ('example-old', 'Example', 'a,b,c', '{}', 1, 0, '2026-01-01T00:00:00.0000000+00:00', NULL);
                """,
            postgresSql: $$"""
                CREATE TABLE datasets (id text PRIMARY KEY, name text NOT NULL, content text NOT NULL, role_overrides text NOT NULL,
                    is_example integer NOT NULL, is_synthetic integer NOT NULL, created_utc timestamptz NOT NULL, owner_key_hash text);
                INSERT INTO datasets VALUES ('BBBBBBBBBBBBBBBBBBBBBB', 'owned.csv', 'a,b,1,2', '{}', 0, 0, '2026-02-01T00:00:00Z', '{{ownerHash}}');
                INSERT INTO datasets VALUES ('example-old', 'Example', 'a,b,c', '{}', 1, 0, '2026-01-01T00:00:00Z', NULL);
                """);
        var store = test.Store;

        Assert.True(store.IsOwner("BBBBBBBBBBBBBBBBBBBBBB", "owner-key"));
        Assert.Equal(new UploadTotals(7, 0), store.UploadedBytes("owner-key"));
        // The example is older than the cutoff but never expires.
        Assert.Equal(0, store.DeleteUploadsNotOpenedSince(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(1, store.DeleteUploadsNotOpenedSince(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(["Example"], store.ListExamples().Select(d => d.Name));
    }

    [Theory, SqliteStore, PostgresStore]
    public void ListExamples_ShowsOnlyExamples_AndFindUploadsOnlyNamedUploads(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        var upload = test.Store.Add("private.csv", "a,b\n1,2\n", NoRoles);
        test.Store.UpsertExample("example-b", "B example", "a,b\n1,2\n", isSynthetic: true);
        test.Store.UpsertExample("example-a", "A example", "a,b\n1,2\n", isSynthetic: false);

        Assert.Equal(["A example", "B example"], test.Store.ListExamples().Select(d => d.Name));
        Assert.Equal([false, true], test.Store.ListExamples().Select(d => d.IsSynthetic));
        Assert.Equal(["private.csv"], test.Store.FindUploads([upload.Id, "example-a", "missing"]).Select(d => d.Name));
    }

    [Theory, SqliteStore, PostgresStore]
    public void MalformedIds_AreRejectedWithoutQuerying(StoreKind kind)
    {
        using var test = TestStore.Create(kind);

        foreach (var id in new[] { null, "", "' OR 1=1 --", "../../etc/passwd", new string('a', 65) })
        {
            Assert.Null(test.Store.Find(id));
            Assert.Null(test.Store.RolesVersion(id));
            Assert.False(test.Store.IsOwner(id, "key"));
            Assert.False(test.Store.MarkOpened(id!, DateTimeOffset.UtcNow));
        }
    }

    [Theory, SqliteStore, PostgresStore]
    public void UpdateRoleOverrides_WithTheOwnerKey_ChangesUploadRoles(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        var upload = test.Store.Add("r.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Score });

        Assert.True(test.Store.UpdateRoleOverrides(upload.Id, upload.OwnerKey, new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Ignore }));

        Assert.Equal(ColumnRole.Ignore, test.Store.Find(upload.Id)!.RoleOverrides["b"]);
        Assert.Equal("{\"b\":\"Ignore\"}", test.Store.RolesVersion(upload.Id));
    }

    [Theory, SqliteStore, PostgresStore]
    public void UploadedBytes_CountsUtf8Bytes_OfAllUploadsAndOfOneUploader_NeverExamples(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        // 12 bytes + "Café,0.5\n" (9 characters, 10 bytes: "é" is two) = 22 bytes.
        test.Store.Add("a.csv", "model,score\nCafé,0.5\n", NoRoles, "uploader-a");
        test.Store.Add("b.csv", "a,b\n1,2\n", NoRoles, "uploader-b");
        test.Store.Add("nobody.csv", "a,b\n3,4\n", NoRoles);
        test.Store.UpsertExample("example-big", "Big example", new string('x', 1000), isSynthetic: false);

        Assert.Equal(new UploadTotals(38, 22), test.Store.UploadedBytes("uploader-a"));
        Assert.Equal(new UploadTotals(38, 8), test.Store.UploadedBytes("uploader-b"));
        Assert.Equal(new UploadTotals(38, 0), test.Store.UploadedBytes("someone-else"));
        Assert.Equal(new UploadTotals(38, 0), test.Store.UploadedBytes(null));
        Assert.Equal(new UploadTotals(38, 0), test.Store.UploadedBytes(""));
    }

    [Theory, SqliteStore, PostgresStore]
    public void UploadedBytes_OfAnEmptyStore_AreZero(StoreKind kind)
    {
        using var test = TestStore.Create(kind);

        Assert.Equal(new UploadTotals(0, 0), test.Store.UploadedBytes("anyone"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void DeleteUploadsNotOpenedSince_DeletesOnlyUploadsOpenedBeforeTheCutoff_NeverExamples(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        var day = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var stale = test.Store.Add("stale.csv", "a,b\n1,2\n", NoRoles).Id;
        var later = test.Store.Add("later.csv", "a,b\n1,2\n", NoRoles).Id;
        var fresh = test.Store.Add("fresh.csv", "a,b\n1,2\n", NoRoles).Id;
        test.Store.UpsertExample("example-e", "Example", "a,b\n1,2\n", isSynthetic: false);

        Assert.True(test.Store.MarkOpened(stale, day));
        // The same instant as day + 10 at UTC, written at another offset: times compare as instants.
        Assert.True(test.Store.MarkOpened(later, new DateTimeOffset(2020, 1, 11, 2, 0, 0, TimeSpan.FromHours(2))));
        Assert.True(test.Store.MarkOpened("example-e", day));
        Assert.False(test.Store.MarkOpened("NoSuchUploadAAAAAAAAAA", day));

        // Opened exactly at the cutoff is kept; "fresh" was opened when it was added, just now.
        Assert.Equal(1, test.Store.DeleteUploadsNotOpenedSince(day.AddDays(10)));
        Assert.Null(test.Store.Find(stale));
        Assert.NotNull(test.Store.Find(later));
        Assert.Equal(1, test.Store.DeleteUploadsNotOpenedSince(day.AddDays(10).AddSeconds(1)));
        Assert.Null(test.Store.Find(later));
        Assert.NotNull(test.Store.Find(fresh));
        Assert.NotNull(test.Store.Find("example-e"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void MarkOpened_KeepsAnUploadPastACutoffItWouldOtherwiseMiss(StoreKind kind)
    {
        using var test = TestStore.Create(kind);
        var id = test.Store.Add("kept.csv", "a,b\n1,2\n", NoRoles).Id;
        var cutoff = DateTimeOffset.UtcNow.AddDays(1);

        Assert.True(test.Store.MarkOpened(id, cutoff.AddDays(1)));

        Assert.Equal(0, test.Store.DeleteUploadsNotOpenedSince(cutoff));
        Assert.Equal("kept.csv", test.Store.Find(id)?.Name);
    }
}
