using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using ScalingDashboard.Core.Statistics.AdditiveModel;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// Wall time of the seed-002 GAMM <c>log(hellaswag) ~ s(log(params_b), bs="cr", k=10) + s(architecture, bs="re")</c>
/// on the leaderboard rows with params_b &gt; 0 (mgcv 1.8-41 takes about 1.1-1.4 s), and of its <c>by = type</c>
/// variant. The whole <see cref="AdditiveModel.Fit"/> is timed, parsing excluded; the median of
/// <see cref="Repetitions"/> runs after a warm-up. Run:
/// <c>dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --gam</c>.
/// </summary>
public static class AdditiveModelTiming
{
    private const int Repetitions = 21;

    public static void Run()
    {
        var path = LadderData.Find(LeaderboardTable.SharedFile);
        if (path is null)
        {
            Console.WriteLine("// shared leaderboard absent: nothing to time");
            return;
        }

        var (x, y, architecture, type) = Read(path);
        Time("s(x) + s(architecture, re)", new AdditiveModelRequest(x, y, architecture));
        var typed = Enumerable.Range(0, x.Count).Where(i => type[i].Length > 0).ToList();
        Time("type + s(x, by = type) + s(architecture, re)", new AdditiveModelRequest(x, y, architecture, type));
        Console.WriteLine($"// by = type fits {typed.Count} typed rows");
    }

    private static void Time(string name, AdditiveModelRequest request)
    {
        var result = AdditiveModel.Fit(request); // warm-up (JIT)
        var times = new List<double>();
        for (var i = 0; i < Repetitions; i++)
        {
            var started = Stopwatch.GetTimestamp();
            result = AdditiveModel.Fit(request);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: n={result.N}, edf={string.Join("/", result.Smooths.Select(s => s.Edf.ToString("F4", CultureInfo.InvariantCulture)))}, " +
            $"scale={result.ResidualVariance:G6}, re variance={result.RandomEffectVariance:G6}, REML={result.RemlScore:F4}; " +
            $"median {times[Repetitions / 2]:F1} ms (min {times[0]:F1}, max {times[^1]:F1})"));
    }

    private static (List<double> X, List<double> Y, List<string> Architecture, List<string> Type) Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var (x, y, architecture, type) = (new List<double>(), new List<double>(), new List<string>(), new List<string>());
        while (csv.Read())
        {
            var parameters = csv.GetField<double>("params_b");
            if (parameters > 0)
            {
                x.Add(Math.Log(parameters));
                y.Add(Math.Log(csv.GetField<double>("hellaswag")));
                architecture.Add(csv.GetField("architecture")!);
                type.Add(csv.GetField("type")!);
            }
        }

        return (x, y, architecture, type);
    }
}
