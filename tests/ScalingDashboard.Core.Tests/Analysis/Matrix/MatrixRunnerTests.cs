using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Matrix;
using ScalingDashboard.Core.Reporting;
using ScalingDashboard.Core.Tests.Matrix;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Analysis.Matrix;

public class MatrixRunnerTests(ITestOutputHelper output)
{
    // Six models, four percent tasks (the import divides them by 100), a categorical and a numerical factor.
    internal const string Csv = """
        model,family,params_b,arc,mmlu,gsm8k,hellaswag
        a,llama,7,55,45,,70
        b,llama,13,60,,20,75
        c,gpt,70,,65,50,85
        d,gpt,7,50,40,10,
        e,mistral,7,58,52,30,78
        f,mistral,,62,55,,80
        """;

    private static readonly MatrixSpec Quick = new() { Epochs = 30, Seeds = 2, Holdout = 0.2 };

    [Fact]
    public void Run_SmallTable_CompletesEveryMissingCellAndFlagsIt()
    {
        var result = MatrixRunner.Run(Table(), Quick);

        Assert.Null(result.Failure);
        var completed = result.Completed!;
        Assert.Equal(6, completed.Models.Count);
        Assert.Equal(["arc", "mmlu", "gsm8k", "hellaswag"], completed.Tasks);
        Assert.Equal(5, completed.PredictedCount); // the five empty cells
        Assert.True(completed.IsMeasured(0, 0));
        Assert.Equal(0.55, completed.Value(0, 0), 12);
        Assert.False(completed.IsMeasured(0, 2));
        Assert.InRange(completed.Value(0, 2), 0, 1); // predictions are clamped to the score scale
        Assert.Equal(2, result.Evaluation!.Splits.Count);
        Assert.Equal(4, result.Evaluation.Mean.Count); // round(0.2 x 19 known cells)
    }

    [Fact]
    public void Run_SameSpecTwice_GivesIdenticalJson()
    {
        var spec = Quick with { Method = MatrixMethod.NcfFactors, ModelFactors = ["family", "params_b"], Perspective = MatrixPerspective.Cpp2 };

        var first = MatrixJson.Write(MatrixRunner.Run(Table(), spec), withCells: true);
        var second = MatrixJson.Write(MatrixRunner.Run(Table(), spec), withCells: true);

        Assert.Equal(first, second);
        Assert.NotEqual(first, MatrixJson.Write(MatrixRunner.Run(Table(), spec with { Seed = 1 }), withCells: true));
    }

    [Fact]
    public void Run_ReportsEveryEpochOfEveryRun_AndStopsWhenCancelled()
    {
        var reports = new List<MatrixProgress>();
        MatrixRunner.Run(Table(), Quick, new SynchronousProgress<MatrixProgress>(reports.Add));

        // Two splits and the completion: 31 reports each (epoch 0 announces the stage).
        Assert.Equal(3 * 31, reports.Count);
        Assert.Equal(new MatrixProgress("split 2 of 2", 30, 30), reports[61]);
        Assert.Equal("completing the matrix", reports[^1].Stage);

        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress<MatrixProgress>(p =>
        {
            if (p.Epoch == 3)
            {
                cancellation.Cancel();
            }
        });
        Assert.Throws<OperationCanceledException>(() => MatrixRunner.Run(Table(), Quick, progress, cancellation.Token));
    }

    [Fact]
    public void Run_Cpp0_HidesEachModelAndPredictsAllItsCells()
    {
        var result = MatrixRunner.Run(Table(), Quick with { Perspective = MatrixPerspective.Cpp0 });

        var perspective = result.Perspective!;
        Assert.Equal(0, perspective.Kept);
        Assert.Equal(6, perspective.Entries.Count);
        Assert.Equal(19, perspective.Pooled.Count); // every known cell is predicted once, with its model hidden
        var d = perspective.Entries.Single(e => e.Name == "d");
        Assert.Equal(["arc", "mmlu", "gsm8k"], d.Cells.Select(c => c.TaskName));
        Assert.Equal([0.50, 0.40, 0.10], d.Cells.Select(c => Math.Round(c.Actual, 12)));
    }

    [Fact]
    public void Run_Cpp2WithSelectedModel_KeepsTwoCellsAndPredictsTheRest()
    {
        var result = MatrixRunner.Run(Table(), Quick with { Perspective = MatrixPerspective.Cpp2, Selected = "E" });

        var entry = Assert.Single(result.Perspective!.Entries);
        Assert.Equal("e", entry.Name);
        Assert.Equal(2, entry.Cells.Count); // e has 4 known scores: 2 kept, 2 predicted
    }

    [Fact]
    public void Run_T2_HidesAllButTwoCellsOfEachTask()
    {
        var result = MatrixRunner.Run(Table(), Quick with { Perspective = MatrixPerspective.T2 });

        var perspective = result.Perspective!;
        Assert.Equal(2, perspective.Kept);
        // Known cells per task: arc 5, mmlu 5, gsm8k 4, hellaswag 5; two of each are kept.
        Assert.Equal([("arc", 3), ("mmlu", 3), ("gsm8k", 2), ("hellaswag", 3)], perspective.Entries.Select(e => (e.Name, e.Cells.Count)));
        Assert.All(perspective.Entries, e => Assert.All(e.Cells, c => Assert.Equal(e.Name, c.TaskName)));
        Assert.Empty(perspective.Skipped);
    }

    [Fact]
    public void Run_TwoModels_FailsWithAPlainReason()
    {
        var table = LeaderboardReader.Read("model,arc,mmlu\na,50,40\nb,60,45\n").Leaderboard!;

        var result = MatrixRunner.Run(table, Quick);

        Assert.Null(result.Completed);
        Assert.Equal("The matrix has 2 models with a known score; at least 3 are needed.", result.Failure);
    }

    [Fact]
    public void Run_FactorMethodWithoutFactors_FailsWithAPlainReason()
    {
        var result = MatrixRunner.Run(Table(), Quick with { Method = MatrixMethod.FactorsOnly });

        Assert.Contains("needs at least one usable design-factor column", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapley_NoiseFactorAgainstInformativeFactor_GetsNearZeroImportanceAndValuesSumExactly()
    {
        // Scores driven by one model factor: s = sigmoid(1.2 w_j x_i + c_j) + noise(0.01); a second factor is pure
        // noise. A factors-only network (Eq 6) must read x to predict anything, so masking x costs most of the held-out
        // accuracy while masking the noise factor costs next to nothing.
        var random = new Random(21);
        var x = SyntheticMatrix.Normals(random, 40);
        var noise = SyntheticMatrix.Normals(random, 40);
        var w = Enumerable.Range(0, 10).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var c = SyntheticMatrix.Normals(random, 10).Select(v => 0.5 * v).ToArray();
        var rows = Enumerable.Range(0, 40).Select(i => (IReadOnlyList<double>)Enumerable.Range(0, 10)
            .Select(j => random.NextDouble() < 0.7 ? (1 / (1 + Math.Exp(-((1.2 * w[j] * x[i]) + c[j])))) + (0.01 * SyntheticMatrix.Normals(random, 1)[0]) : double.NaN)
            .ToArray()).ToArray();
        var matrix = ScoreMatrix.FromWide(SyntheticMatrix.Names("m", 40), SyntheticMatrix.Names("t", 10), rows)
            .WithModelFactors([MatrixFactor.Numerical("informative", x), MatrixFactor.Numerical("noise", noise)]);

        var result = MatrixRunner.Run(matrix, new MatrixSpec { Method = MatrixMethod.FactorsOnly, Holdout = 0.2, Seeds = 1 });

        var shapley = result.Shapley!;
        Assert.Null(shapley.Problem);
        var informative = shapley.Factors.Single(f => f.Name == "informative").Value;
        var pureNoise = shapley.Factors.Single(f => f.Name == "noise").Value;
        output.WriteLine(FormattableString.Invariant($"informative {informative:E3}, noise {pureNoise:E3}, empty {shapley.EmptyLoss:E3}, full {shapley.FullLoss:E3}"));
        Assert.Equal(shapley.EmptyLoss - shapley.FullLoss, informative + pureNoise, 14);
        // The held-out variance the factor explains is about that of the scores (~0.03); 10% of the informative
        // factor's value is a generous ceiling for a factor that carries no information.
        Assert.True(informative > 0.01, FormattableString.Invariant($"informative {informative:E3}"));
        Assert.True(Math.Abs(pureNoise) < 0.1 * informative, FormattableString.Invariant($"noise {pureNoise:E3} vs {informative:E3}"));
        Assert.Equal("informative", shapley.Factors[0].Name); // largest first
    }

    [Fact]
    public void PredictedColumns_Append_AddsMarkedColumnsOnlyWhereTheTableIsEmpty()
    {
        var table = Table();
        var result = MatrixRunner.Run(table, Quick);

        var (withPredictions, problem) = PredictedColumns.Append(table, result);

        Assert.Null(problem);
        var gsm8k = withPredictions.FindColumn("gsm8k (predicted)")!;
        Assert.True(PredictedColumns.IsPredicted(gsm8k.Header));
        Assert.Equal(ColumnRole.Score, gsm8k.Role);
        Assert.Equal([true, false, false, false, false, true], gsm8k.Numbers.Select(v => v.HasValue)); // a and f had no gsm8k
        Assert.Equal(result.Completed!.Value(0, 2), gsm8k.Numbers[0]);
        Assert.Equal(table.Columns.Count + 4, withPredictions.Columns.Count);
        // Appending again replaces rather than duplicates.
        Assert.Equal(withPredictions.Columns.Count, PredictedColumns.Append(withPredictions, result).Table.Columns.Count);
    }

    internal static Leaderboard Table() => LeaderboardReader.Read(Csv).Leaderboard!;

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and race the assertions).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    [Fact]
    public void Run_PerspectiveOverManyModels_TrainsEveryKthAndSaysSo()
    {
        // 120 models: stride ceil(120 / 50) = 3, so 40 trainings rather than 120.
        var matrix = ScalingDashboard.Core.Tests.Matrix.SyntheticMatrix.LowRank(120, 6, rank: 2, noise: 0.01, observed: 0.8, seed: 3);

        var result = MatrixRunner.Run(matrix, new MatrixSpec { Epochs = 2, Seeds = 1, Perspective = MatrixPerspective.Cpp0 });

        Assert.Equal(40, result.Perspective!.Entries.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(k => 3 * k), result.Perspective.Entries.Select(e => e.Index));
        Assert.Contains("CPP0 trains once per model: one in 3 of the 120 is run (50 at most); name one with select= to see any other.", result.Notes);
    }
}
