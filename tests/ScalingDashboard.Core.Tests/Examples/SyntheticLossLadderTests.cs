using System.Text;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Examples;

public class SyntheticLossLadderTests
{
    private const string FileName = "loss-ladder-synthetic.csv";

    [Fact]
    public void CommittedCsv_Regenerated_EqualsByteForByte()
    {
        var path = RepositoryPaths.DataFile(FileName);
        var expected = Encoding.UTF8.GetBytes(SyntheticLossLadder.GenerateCsv());

        // The file is produced by this test, never edited by hand: REGENERATE_EXAMPLES=1 rewrites it.
        if (Environment.GetEnvironmentVariable("REGENERATE_EXAMPLES") == "1")
        {
            File.WriteAllBytes(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with REGENERATE_EXAMPLES=1.");
        Assert.True(
            expected.AsSpan().SequenceEqual(File.ReadAllBytes(path)),
            $"{path} differs from SyntheticLossLadder.GenerateCsv(); run the tests with REGENERATE_EXAMPLES=1.");
    }

    [Fact]
    public void Grid_SpansTheChosenRange()
    {
        var runs = SyntheticLossLadder.GenerateNoiseFree();

        Assert.Equal(240, runs.Count);
        Assert.Equal(70e6, runs.Min(r => r.Parameters));
        Assert.Equal(16e9, runs.Max(r => r.Parameters));
        // Three-figure rounding moves a ratio by at most 0.5% per rounded value.
        Assert.InRange(runs.Min(r => r.Tokens / r.Parameters), 5 * 0.99, 5 * 1.01);
        Assert.InRange(runs.Max(r => r.Tokens / r.Parameters), 80 * 0.99, 80 * 1.01);
        Assert.All(runs, r => Assert.Equal(6 * r.Parameters * r.Tokens, r.Flops));
    }

    [Fact]
    public void Noise_IsSmallAndCentred()
    {
        var exact = SyntheticLossLadder.GenerateNoiseFree();
        var noisy = SyntheticLossLadder.Generate();

        var logRatios = exact.Zip(noisy, (e, n) => Math.Log(n.Loss / e.Loss)).ToArray();
        var sd = Math.Sqrt(logRatios.Select(r => r * r).Average());
        // 240 draws of sigma 0.005: the sample SD is within ~10% of it (4.6 standard errors is 30%), the mean within
        // 4 standard errors (0.005 / sqrt(240) = 3.2e-4).
        Assert.InRange(sd, 0.0035, 0.0065);
        Assert.InRange(logRatios.Average(), -0.0013, 0.0013);
    }

    [Fact]
    public void Read_ShippedFile_FindsTheRolesTheLossFormNeeds()
    {
        var table = LeaderboardReader.Read(File.ReadAllText(RepositoryPaths.DataFile(FileName))).Leaderboard!;

        Assert.Equal(240, table.RowCount);
        Assert.Equal("params", table.FindColumn(ColumnRole.Parameters)?.Header);
        Assert.Equal("tokens", table.FindColumn(ColumnRole.TrainingTokens)?.Header);
        Assert.Equal("flops", table.FindColumn(ColumnRole.TrainingFlops)?.Header);
        Assert.True(table.FindColumn("loss") is { IsNumeric: true });
    }
}
