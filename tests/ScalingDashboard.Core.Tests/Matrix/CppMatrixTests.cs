using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Matrix;
using ScalingDashboard.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Matrix;

/// <summary>
/// The issue's check on the seed's own matrix: 72 models x 29 tasks, 878 known cells; 5% held out over 5 seeded splits.
/// An independent implementation reaches a held-out MSE of about 6e-3 against the per-task-mean baseline's 2.7e-2.
/// </summary>
public class CppMatrixTests(ITestOutputHelper output)
{
    [SharedDataFact(CppData.Folder)]
    public void Resolve_CppCsv_GivesTheMatrixAnIndependentParseGives()
    {
        var expected = CppData.Load();

        var matrix = MatrixResolver.Resolve(ReadTable(), new MatrixSpec()).Matrix!;

        Assert.Equal(72, matrix.ModelCount);
        Assert.Equal(29, matrix.TaskCount);
        Assert.Equal(878, matrix.KnownCells.Count);
        Assert.Equal("Every task is in percent and was divided by 100.", Assert.Single(matrix.Notes));
        Assert.Equal(expected.Models, matrix.Models);
        Assert.Equal(expected.Tasks, matrix.Tasks);
        Assert.Equal(expected.KnownCells, matrix.KnownCells);
        Assert.All(matrix.KnownCells, c => Assert.Equal(expected[c], matrix[c], 12));
        Assert.Equal(0.772, matrix[0, 7], 12); // LLama-2-7B on HellaSwag(zero-shot): 77.2 in the file
        Assert.False(matrix.IsKnown(0, 3)); // its WinoGrande(1-shot) cell is empty
    }

    [SharedDataFact(CppData.Folder)]
    public void MatrixFactorization_CppFiveSplits_HeldOutMseWellBelowTaskMeanBaseline()
    {
        var result = MatrixRunner.Run(ReadTable(), new MatrixSpec { Method = MatrixMethod.Mf, Latent = 10, Holdout = 0.05, Seeds = 5 });

        var evaluation = result.Evaluation!;
        var (mf, baseline) = (evaluation.Mean, evaluation.BaselineMean);
        output.WriteLine(FormattableString.Invariant($"MF: MSE {mf.Mse:E3} (sd {evaluation.Spread.Mse:E2}) L1 {mf.L1:E3} acc {mf.RankAccuracy:P1} MAE@2 {mf.Mae2:P1}"));
        output.WriteLine(FormattableString.Invariant($"task mean: MSE {baseline.Mse:E3} L1 {baseline.L1:E3} acc {baseline.RankAccuracy:P1} MAE@2 {baseline.Mae2:P1}"));
        Assert.Equal(44, mf.Count); // round(0.05 x 878)
        // The baseline does not depend on training; the independent figure is 2.7e-2 on other splits, so ±40%.
        Assert.InRange(baseline.Mse, 0.016, 0.038);
        Assert.True(mf.Mse < 0.5 * baseline.Mse, FormattableString.Invariant($"MF {mf.Mse:E3} vs baseline {baseline.Mse:E3}"));
        // Measured 5.0e-3 with the defaults; the independent implementation's 6e-3 with 30% slack.
        Assert.InRange(mf.Mse, 0, 0.008);
        Assert.True(mf.Mae2 > baseline.Mae2, "MF ranks held-out cells better than the task mean");
    }

    [SharedDataFact(CppData.Folder)]
    public void FactorEnhancedNcf_CppWithModelFeatures_ShapleyValuesSumToTheLossDifference()
    {
        // The seed's model factors from its second file (69 of 72 names match, SOURCE.md); one split, fewer epochs
        // to keep a Debug test run short. Values are the held-out MSE each factor removes; no published number to
        // match (the seed shows only a chart), so the checks are the exact sum and a plain sanity bound.
        var factors = LeaderboardReader.Read(File.ReadAllText(SharedData.PathOf("cpp_llm/model_feature.csv"))).Leaderboard!;
        var spec = new MatrixSpec
        {
            Method = MatrixMethod.NcfFactors, Seeds = 1, Epochs = 100,
            ModelFactors = ["family", "Pretraining Dataset Size(B)", "Parameter Size(M)", "Context window"],
        };

        var result = MatrixRunner.Run(ReadTable(), factors, spec);

        Assert.StartsWith("3 of 72 models have no row in the model-factor table (Luminous Base-13B,", result.Resolved.Problems.Single(), StringComparison.Ordinal);
        var shapley = result.Shapley!;
        foreach (var f in shapley.Factors)
        {
            output.WriteLine(FormattableString.Invariant($"{f.Name}: {f.Value:E3}"));
        }

        Assert.Equal(4, shapley.Factors.Count);
        Assert.Equal(shapley.EmptyLoss - shapley.FullLoss, shapley.Factors.Sum(f => f.Value), 14);
        Assert.All(shapley.Factors, f => Assert.InRange(Math.Abs(f.Value), 0, shapley.EmptyLoss));
    }

    [SharedDataFact(CppData.Folder)]
    public void FactorsOnly_CppWithTaskFeatures_RanksEveryFactorAndSumsExactly()
    {
        // The seed's task factors (ability, family, output format, few-shot) are stored one row per factor; the
        // task-factor table wants one row per task, so the file is transposed here with a plain split.
        var lines = File.ReadAllLines(SharedData.PathOf("cpp_llm/benchmark_feature.csv")).Select(l => l.TrimStart('\uFEFF').Split(',')).ToList();
        var csv = string.Join('\n', Enumerable.Range(0, lines[0].Length)
            .Select(c => string.Join(',', lines.Select(row => c == 0 && row == lines[0] ? "task" : c < row.Length ? row[c] : ""))));
        var taskFactors = LeaderboardReader.Read(csv).Leaderboard!;
        var modelFactors = LeaderboardReader.Read(File.ReadAllText(SharedData.PathOf("cpp_llm/model_feature.csv"))).Leaderboard!;
        var spec = new MatrixSpec
        {
            Method = MatrixMethod.NcfFactors, Seeds = 1, Epochs = 100,
            ModelFactors = ["Parameter Size(M)"], TaskFactors = ["ability", "output", "few-shot"],
        };

        var result = MatrixRunner.Run(ReadTable(), modelFactors, taskFactors, spec);

        var shapley = result.Shapley!;
        foreach (var f in shapley.Factors)
        {
            output.WriteLine(FormattableString.Invariant($"{f.Name} ({(f.IsTaskFactor ? "task" : "model")}): {f.Value:E3}"));
        }

        Assert.Equal(["ability", "few-shot", "output"], shapley.Factors.Where(f => f.IsTaskFactor).Select(f => f.Name).Order());
        Assert.Equal(shapley.EmptyLoss - shapley.FullLoss, shapley.Factors.Sum(f => f.Value), 14);
    }

    private static Leaderboard ReadTable() =>
        LeaderboardReader.Read(File.ReadAllText(SharedData.PathOf("cpp_llm/crowdsource_performance.csv"))).Leaderboard!;
}
