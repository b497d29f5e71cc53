using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Services;

public sealed class BrowserDatasetHistoryTests
{
    private const string IdA = "AAAAAAAAAAAAAAAAAAAAAA";
    private const string IdB = "BBBBBBBBBBBBBBBBBBBBBB";

    [Fact]
    public void Parse_ReadsEntriesWithKeys_AndTheOlderListOfIds()
    {
        var entries = BrowserDatasetHistory.Parse($$"""[{"id":"{{IdA}}","key":"k1"}, "{{IdB}}"]""");

        Assert.Equal([(IdA, "k1"), (IdB, (string?)null)], entries.Select(e => (e.Id, e.Key)));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"id\":\"x\"}")]
    [InlineData("[1, true, null, {\"id\": 5}, \"../etc\", {\"key\":\"k\"}]")]
    public void Parse_Junk_IsSkipped(string json) => Assert.Empty(BrowserDatasetHistory.Parse(json));

    [Fact]
    public void Parse_RepeatedId_KeepsTheFirst()
    {
        var entries = BrowserDatasetHistory.Parse($$"""[{"id":"{{IdA}}","key":"first"}, {"id":"{{IdA}}","key":"second"}]""");

        Assert.Equal("first", Assert.Single(entries).Key);
    }
}
