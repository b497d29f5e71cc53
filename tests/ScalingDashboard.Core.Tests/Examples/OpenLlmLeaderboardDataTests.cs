using System.Security.Cryptography;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Examples;

public class OpenLlmLeaderboardDataTests
{
    private const string FileName = "open_llm_leaderboard_v1_2024-07-07.csv";

    [Fact]
    public void File_AsShipped_IsTheUpstreamBlobByteForByte()
    {
        // MPL-2.0 lets us ship it unmodified; data/README.md promises exactly this hash (the shared SOURCE.md's).
        var bytes = File.ReadAllBytes(RepositoryPaths.DataFile(FileName));
        Assert.Equal("d8f1d5480ea3086a4b640e45eae5837464ee8d61815c202ad0dc1a616c5e5b40", Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Import_ShippedFile_ReadsEveryModelWithItsGroupingColumns()
    {
        var result = LeaderboardReader.Read(File.ReadAllText(RepositoryPaths.DataFile(FileName)));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var table = result.Leaderboard!;
        Assert.Equal(7169, table.RowCount); // SOURCE.md: 7,170 lines including the header
        foreach (var benchmark in new[] { "arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k" })
        {
            Assert.Equal(ColumnRole.Score, table.FindColumn(benchmark)?.Role);
        }

        Assert.Equal(ColumnRole.Parameters, table.FindColumn("params_b")?.Role);
        Assert.Equal(52, table.FindColumn("architecture")!.Texts.Where(t => !string.IsNullOrEmpty(t)).Distinct(StringComparer.Ordinal).Count());
    }
}
