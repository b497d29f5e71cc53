using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>The size view shows the benchmark the link names (<c>sizeb</c>), the first selected one by default.</summary>
public class SizeBenchmarkTests
{
    private static readonly Leaderboard Table = AnalysisTable.Prepare(
        LeaderboardReader.Read(File.ReadAllText(RepositoryPaths.DataFile("compute-ladder-synthetic.csv"))).Leaderboard!);

    private static readonly AnalysisSpec TwoBenchmarks = new() { Benchmarks = ["arc_easy", "hellaswag"] };

    [Fact]
    public void Run_NoSizeBenchmark_ShowsTheFirst() =>
        Assert.Equal("arc_easy", AnalysisRunner.RunFits(Table, TwoBenchmarks, AnalysisParts.Size).Size!.Benchmark);

    [Fact]
    public void Run_SizeBenchmarkFromLink_ShowsItWithoutNote()
    {
        var spec = AnalysisCodec.Parse("bench=arc_easy,hellaswag&sizeb=hellaswag");

        var result = AnalysisRunner.RunFits(Table, spec.Value, AnalysisParts.Size);

        Assert.Empty(spec.Problems);
        Assert.Equal("hellaswag", result.Size!.Benchmark);
        Assert.DoesNotContain(result.Notes, n => n.Contains("size view's benchmark", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SizeBenchmarkNotSelected_FallsBackToFirstWithOneNote()
    {
        var result = AnalysisRunner.RunFits(Table, TwoBenchmarks with { SizeBenchmark = "mmlu" }, AnalysisParts.Size);

        Assert.Equal("arc_easy", result.Size!.Benchmark);
        Assert.Contains("The size view's benchmark 'mmlu' is not among the selected ones; it shows arc_easy.", result.Notes);
    }

    [Fact]
    public void Format_SizeBenchmark_RoundTripsAndDefaultStaysOut()
    {
        var spec = TwoBenchmarks with { SizeBenchmark = "hellaswag" };

        Assert.Equal("bench=arc_easy%2Chellaswag&sizeb=hellaswag", AnalysisCodec.Format(spec));
        Assert.Equal(spec, AnalysisCodec.Parse(AnalysisCodec.Format(spec)).Value);
        Assert.Equal("bench=arc_easy%2Chellaswag", AnalysisCodec.Format(TwoBenchmarks));
    }
}
