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

        var id = _store.Add("board.csv", "model,size,mmlu\na,7B,0.5\n", roles);
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
        var ids = Enumerable.Range(0, 200).Select(_ => _store.Add("x", "a,b\n1,2\n", new Dictionary<string, ColumnRole>())).ToList();

        Assert.Equal(200, ids.Distinct(StringComparer.Ordinal).Count());
        // 16 random bytes in base64url without padding: 22 characters, 128 bits.
        Assert.All(ids, id => Assert.Equal(22, id.Length));
        Assert.All(ids, id => Assert.True(DatasetIds.IsWellFormed(id)));
    }

    [Fact]
    public void Find_SecondStoreOnSameFolder_FindsEarlierUploads()
    {
        var id = _store.Add("kept.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole>());

        var reopened = new DatasetStore(_directory);

        Assert.Equal("kept.csv", reopened.Find(id)?.Name);
    }

    [Fact]
    public void Delete_RemovesUpload_ButNeverAnExample()
    {
        var id = _store.Add("gone.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole>());
        _store.UpsertExample("example-x", "Example", "a,b\n1,2\n", isSynthetic: false);

        Assert.True(_store.Delete(id));
        Assert.Null(_store.Find(id));
        Assert.False(_store.Delete("example-x"));
        Assert.NotNull(_store.Find("example-x"));
    }

    [Fact]
    public void ListExamples_ShowsOnlyExamples_AndFindUploadsOnlyNamedUploads()
    {
        var upload = _store.Add("private.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole>());
        _store.UpsertExample("example-b", "B example", "a,b\n1,2\n", isSynthetic: true);
        _store.UpsertExample("example-a", "A example", "a,b\n1,2\n", isSynthetic: false);

        Assert.Equal(["A example", "B example"], _store.ListExamples().Select(d => d.Name));
        Assert.Equal(["private.csv"], _store.FindUploads([upload, "example-a", "missing"]).Select(d => d.Name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("' OR 1=1 --")]
    [InlineData("../../etc/passwd")]
    public void Find_MalformedId_ReturnsNullWithoutQuerying(string? id) => Assert.Null(_store.Find(id));

    [Fact]
    public void UpdateRoleOverrides_NewRole_ChangesUploadRoles()
    {
        var id = _store.Add("r.csv", "a,b\n1,2\n", new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Score });

        _store.UpdateRoleOverrides(id, new Dictionary<string, ColumnRole> { ["b"] = ColumnRole.Ignore });

        Assert.Equal(ColumnRole.Ignore, _store.Find(id)!.RoleOverrides["b"]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
