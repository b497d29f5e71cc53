using System.Security.Cryptography;
using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Examples;

public class ObsScalingInstructDataTests
{
    private const string FileName = "obsscaling_instruct_llm_benchmark_eval.csv";

    [Fact]
    public void File_AsShipped_IsTheUpstreamFileByteForByte()
    {
        // Apache-2.0, shipped unmodified; data/README.md promises exactly this hash.
        var bytes = File.ReadAllBytes(RepositoryPaths.DataFile(FileName));
        Assert.Equal("9bc50f327f4e436b15a6d6e3edb8b4837e726b295a1c72d44fadb9c9d25a75ba", Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Resolve_ShippedFile_IsA27By9MatrixWith24MissingCells()
    {
        var table = LeaderboardReader.Read(File.ReadAllText(RepositoryPaths.DataFile(FileName))).Leaderboard!;

        var resolved = MatrixResolver.Resolve(table, new MatrixSpec { ModelFactors = ["Model Family", "Model Size (B)"] });

        var matrix = resolved.Matrix!;
        Assert.Empty(resolved.Problems);
        Assert.Equal(27, matrix.ModelCount);
        Assert.Equal(["Arena-Elo", "MTBench", "MMLU", "ARC-C", "HellaSwag", "Winogrande", "TruthfulQA", "GSM8K", "HumanEval"], matrix.Tasks);
        Assert.Equal(219, matrix.KnownCells.Count);
        Assert.Empty(matrix.Notes); // every score is already a fraction
        Assert.Equal(2, matrix.ModelFactors.Count);
    }
}
