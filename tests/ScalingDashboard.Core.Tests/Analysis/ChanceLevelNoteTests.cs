using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>
/// A benchmark the chance-level registry does not know gets Qrandom 0, said in one note, but only when some part of the
/// analysis reads Qrandom (a form that normalises by it or fits above it, or the Appendix K average).
/// </summary>
public class ChanceLevelNoteTests
{
    private const string Note = "accuracy_pct: no known chance level; Qrandom 0 assumed; set it with qr=accuracy_pct:V.";

    private static readonly Leaderboard Aa =
        AnalysisTable.Prepare(LeaderboardReader.Read(File.ReadAllText(RepositoryPaths.DataFile("aa-omniscience.csv"))).Leaderboard!);

    [Theory]
    [InlineData("sigmoid")]
    [InlineData("log-accuracy-power-law")]
    [InlineData("bnsl")]
    public void Run_UnknownBenchmarkWithQRandomForm_NotesTheAssumedZero(string form)
    {
        var result = AnalysisRunner.RunFits(Aa, new AnalysisSpec { Benchmarks = ["accuracy_pct"], X = "params_b", Forms = [form] }, AnalysisParts.Fits);

        Assert.Equal(ChanceLevelSource.Unknown, result.Resolved.ChanceLevels["accuracy_pct"].Source);
        Assert.Equal([Note, "accuracy_pct: 22 of 49 rows have no params_b value; left out."], result.Notes.Take(2));
    }

    [Fact]
    public void Run_UnknownBenchmarkWithLogLinearOnly_HasNoChanceNote()
    {
        var result = AnalysisRunner.RunFits(Aa, new AnalysisSpec { Benchmarks = ["accuracy_pct"], X = "params_b", Forms = ["log-linear"] }, AnalysisParts.Fits);

        Assert.Equal(["accuracy_pct: 22 of 49 rows have no params_b value; left out."], result.Notes);
    }

    [Fact]
    public void Run_UnknownBenchmarkWithChanceLevelSet_HasNoChanceNote()
    {
        var spec = new AnalysisSpec { Benchmarks = ["accuracy_pct"], X = "params_b", Forms = ["sigmoid"] }.WithChanceLevel("accuracy_pct", 0.1);

        var result = AnalysisRunner.RunFits(Aa, spec, AnalysisParts.Fits);

        Assert.DoesNotContain(Note, result.Notes);
        Assert.Equal(0.1, result.Resolved.ChanceLevels["accuracy_pct"].Value);
    }

    [Fact]
    public void Run_KnownBenchmarkWithQRandomForm_HasNoChanceNote()
    {
        var result = AnalysisRunner.RunFits(AnalysisTable.Prepare(LadderTable.Build()), new AnalysisSpec { Forms = ["sigmoid"] }, AnalysisParts.Fits);

        Assert.Equal(["mmlu: 1 of 21 rows has no flops value; left out."], result.Notes);
    }
}
