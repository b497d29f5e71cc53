using System.Diagnostics;
using System.Globalization;
using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// Issue 11's timings on the 72 x 29 CPP matrix (or, when ../shared/data/cpp_llm is absent, a seeded synthetic matrix
/// of the same shape at 42% fill): one matrix-factorisation training run with the defaults (target under 100 ms) and
/// the full 5-split evaluation of NCF through <see cref="MatrixRunner"/> (target under 10 s), with the
/// held-out figures of MF and NCF. Run:
/// <c>dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --matrix</c>.
/// </summary>
public static class MatrixTiming
{
    private const int Runs = 11;

    public static void Run()
    {
        var matrix = Load();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"matrix: {matrix.ModelCount} models x {matrix.TaskCount} tasks, {matrix.KnownCells.Count} known cells"));
        var split = HoldoutSplit.Random(matrix, 0.05, 0);
        var settings = new TrainingSettings();
        MatrixFactorization.Train(matrix, split.Training, settings); // warm-up: JIT
        var times = new double[Runs];
        for (var r = 0; r < Runs; r++)
        {
            var started = Stopwatch.GetTimestamp();
            MatrixFactorization.Train(matrix, split.Training, settings with { Seed = r });
            times[r] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MF training ({settings.Epochs} epochs, latent {settings.Latent}): median {times[Runs / 2]:F1} ms (min {times[0]:F1}, max {times[^1]:F1}) over {Runs} runs"));

        foreach (var method in new[] { MatrixMethod.Mf, MatrixMethod.Ncf })
        {
            // The runner's whole job for the page: 5 splits, the baseline, and the completed matrix (a sixth run).
            var started = Stopwatch.GetTimestamp();
            var result = MatrixRunner.Run(matrix, new MatrixSpec { Method = method, Holdout = 0.05, Seeds = 5 });
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var (mean, spread, baseline) = (result.Evaluation!.Mean, result.Evaluation.Spread, result.Evaluation.BaselineMean);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{MatrixCodec.MethodName(method)} 5-split evaluation + completion: {seconds:F2} s; held-out MSE {mean.Mse:E2} (sd {spread.Mse:E1}), L1 {mean.L1:E2}, rank accuracy {mean.RankAccuracy:P1} (sd {spread.RankAccuracy:P1}), MAE@2 {mean.Mae2:P1} (sd {spread.Mae2:P1})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  per-task mean baseline: MSE {baseline.Mse:E2}, L1 {baseline.L1:E2}, rank accuracy {baseline.RankAccuracy:P1}, MAE@2 {baseline.Mae2:P1}"));
        }

        // Scale: the 7,169-model Open LLM Leaderboard (6 tasks, nearly full) as the page may open it.
        var leaderboard = LeaderboardTable.Load();
        var timer = Stopwatch.GetTimestamp();
        var large = MatrixRunner.Run(leaderboard, new MatrixSpec { Seeds = 1, Tasks = ["arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k"] });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mf on {large.Matrix!.ModelCount} x {large.Matrix.TaskCount} ({large.Matrix.KnownCells.Count} cells), 1 split + completion: {Stopwatch.GetElapsedTime(timer).TotalSeconds:F2} s; held-out MSE {large.Evaluation!.Mean.Mse:E2} vs baseline {large.Evaluation.BaselineMean.Mse:E2}"));
    }

    /// <summary>
    /// The check behind <see cref="TrainingSettings"/>' defaults: mean held-out MSE over 5 splits (5% held out) for a
    /// grid of L2 and epochs, MF and NCF. Run with <c>-- --matrix-sweep</c>.
    /// </summary>
    public static void Sweep()
    {
        var matrix = Load();
        foreach (var ncf in new[] { false, true })
        {
            foreach (var l2 in new[] { 0, 1e-3, 3e-3, 1e-2, 3e-2 })
            {
                foreach (var epochs in new[] { 200, 300, 600 })
                {
                    var settings = new TrainingSettings { L2 = l2, Epochs = epochs };
                    var mse = Enumerable.Range(0, 5).Average(seed =>
                    {
                        var split = HoldoutSplit.Random(matrix, 0.05, seed);
                        ICompletionModel model = ncf
                            ? NeuralCollaborativeFiltering.Train(matrix, split.Training, NcfInputs.Ids, settings with { Seed = seed })
                            : MatrixFactorization.Train(matrix, split.Training, settings with { Seed = seed });
                        return split.HeldOut.Average(c => Math.Pow(model.Predict(c.Model, c.Task) - matrix[c], 2));
                    });
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(ncf ? "ncf" : "mf")} l2 {l2:G3} epochs {epochs}: MSE {mse:E3}"));
                }
            }
        }
    }

    private static ScoreMatrix Load()
    {
        var path = LadderData.Find("cpp_llm/crowdsource_performance.csv");
        if (path is null)
        {
            Console.WriteLine("// shared data absent: timing a synthetic 72 x 29 matrix at 42% fill");
            return Synthetic();
        }

        var lines = File.ReadAllLines(path);
        var tasks = lines[0].TrimStart('\uFEFF').Split(',')[1..];
        var models = new List<string>();
        var rows = new List<IReadOnlyList<double>>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            models.Add(cells[0]);
            rows.Add(Enumerable.Range(1, tasks.Length)
                .Select(k => k < cells.Length && cells[k].Length > 0 ? double.Parse(cells[k], CultureInfo.InvariantCulture) : double.NaN)
                .ToArray());
        }

        return ScoreMatrix.FromWide(models, tasks, rows);
    }

    private static ScoreMatrix Synthetic()
    {
#pragma warning disable CA5394 // timing data, not security
        var random = new Random(42);
        var rows = Enumerable.Range(0, 72)
            .Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, 29)
                .Select(_ => random.NextDouble() < 0.42 ? 0.2 + (0.6 * random.NextDouble()) : double.NaN).ToArray())
            .ToArray();
#pragma warning restore CA5394
        return ScoreMatrix.FromWide(
            Enumerable.Range(0, 72).Select(i => $"model {i}").ToArray(), Enumerable.Range(0, 29).Select(j => $"task {j}").ToArray(), rows);
    }
}
