using System.Security.Cryptography;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Examples;

public class ObsScalingBaseDataTests
{
    private const string FileName = "obsscaling_base_llm_benchmark_eval.csv";

    [Fact]
    public void File_AsShipped_IsTheUpstreamFileByteForByte()
    {
        // Apache-2.0, shipped unmodified; data/README.md promises exactly this hash.
        var bytes = File.ReadAllBytes(RepositoryPaths.DataFile(FileName));
        Assert.Equal("511996815735a4c46251dc585dcc525e370d148201f86561e6f927f9df2d0db8", Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Read_ShippedFile_Has148ModelsWithSizeAndCompute()
    {
        var table = LeaderboardReader.Read(File.ReadAllText(RepositoryPaths.DataFile(FileName))).Leaderboard!;

        Assert.Equal(148, table.RowCount);
        Assert.NotNull(table.FindColumn(ColumnRole.Parameters));
        Assert.NotNull(table.FindColumn(ColumnRole.TrainingFlops));
    }
}
