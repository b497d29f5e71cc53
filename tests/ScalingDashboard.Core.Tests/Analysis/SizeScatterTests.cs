using System.Globalization;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>
/// The size view: an unknown size (0, negative, empty, '?') is left out and counted; only rows the table marks as
/// closed-weight are read back off the line, at most <see cref="SizeScatter.MaxClosedPlaced"/> of them.
/// </summary>
public class SizeScatterTests
{
    [SharedDataFact("open-llm-leaderboard")]
    public void Build_OpenLlmLeaderboardZeroSizes_LeavesThemOutWithOneNote()
    {
        var text = File.ReadAllText(SharedData.PathOf("open-llm-leaderboard/open_llm_leaderboard_v1_2024-07-07.csv"));
        var table = AnalysisTable.Prepare(LeaderboardReader.Read(text).Leaderboard!);

        var result = AnalysisRunner.RunFits(table, new AnalysisSpec { Benchmarks = ["arc"], Forms = ["log-linear"] }, AnalysisParts.Size);
        var size = result.Size!;

        // 624 rows write params_b = 0; none of the 7,169 lacks an arc score.
        Assert.Equal(624, size.UnknownSize);
        Assert.Equal(7169 - 624, size.Size.Count);
        Assert.Empty(size.Closed);
        Assert.Equal(0, size.ClosedTotal);
        Assert.Equal(["624 of 7169 rows have no known size (0, empty or '?'); left out of the size view."], size.Notes);
        Assert.Contains(size.Notes[0], result.Notes);
    }

    [Fact]
    public void Build_ZeroEmptyQuestionMarkAndNegativeSizes_AreUnknownNotClosed()
    {
        var table = Read("model,params_b,mmlu", "a,1,0.30", "b,7,0.45", "c,70,0.60", "d,0,0.50", "e,,0.52", "f,?,0.55", "g,-3,0.40");

        var size = SizeOf(table);

        Assert.Equal(4, size.UnknownSize);
        Assert.Equal(0, size.ClosedTotal);
        Assert.Empty(size.Closed);
        Assert.Equal(["4 of 7 rows have no known size (0, empty or '?'); left out of the size view."], size.Notes);
        Assert.Equal(["a", "b", "c"], size.Labels);
    }

    [Fact]
    public void Build_OpenWeightsColumnSaysClosed_PlacesOnlyThoseRows()
    {
        // "d" is open but of unknown size: left out. "e" and "f" are closed: placed.
        var table = Read("model,open_weights,params_b,mmlu", "a,true,1,0.30", "b,true,10,0.40", "c,true,100,0.50",
            "d,true,,0.45", "e,false,,0.45", "f,no,0,0.35");

        var size = SizeOf(table);

        Assert.Equal(1, size.UnknownSize);
        Assert.Equal(2, size.ClosedTotal);
        Assert.Equal(["e", "f"], size.Closed.Select(c => c.Label));
        // Noise-free line score = 0.3 + 0.1 log10(size / 1e9) (params_b is in billions): 0.45 is 10^1.5 billion
        // parameters, 0.35 is 10^0.5 billion; exact OLS through three points, so to 1e-9 relative.
        Assert.Equal(Math.Pow(10, 10.5), size.Closed[0].Size, Math.Pow(10, 10.5) * 1e-9);
        Assert.Equal(Math.Pow(10, 9.5), size.Closed[1].Size, Math.Pow(10, 9.5) * 1e-9);
        Assert.Equal(["1 of 6 rows has no known size (0, empty or '?'); left out of the size view."], size.Notes);
    }

    [Fact]
    public void Build_AaOmniscienceExample_PlacesEveryClosedModel()
    {
        // The seed-000 use case: 22 closed-weight models with a score and no size, read back off the line of the 27
        // open-weight models with a published size.
        var table = AnalysisTable.Prepare(LeaderboardReader.Read(File.ReadAllText(RepositoryPaths.DataFile("aa-omniscience.csv"))).Leaderboard!);

        var size = SizeOf(table, "accuracy_pct");

        Assert.Equal(27, size.Size.Count);
        Assert.Equal(22, size.ClosedTotal);
        Assert.Equal(22, size.Closed.Count);
        Assert.Equal(0, size.UnknownSize);
        Assert.Empty(size.Notes);
        Assert.Equal("Gemini 3ProPreview (high)", size.Closed[0].Label);
        Assert.All(size.Closed, c => Assert.InRange(c.Size, c.Lower, c.Upper));
    }

    [Fact]
    public void Build_MoreClosedModelsThanTheCap_PlacesThoseNearestTheMeanScore()
    {
        // Sized models on score = 0.3 + 0.1 log10(size) for sizes 1..1000 (mean score 0.45); 120 closed models with
        // scores 0.300, 0.305, ..., 0.895. The 50 nearest 0.45 are 0.330 .. 0.575 (half-distance ties at 0.325 and
        // 0.575 go to the earlier row), so rows 6 .. 55 are placed.
        var lines = new List<string> { "model,open_weights,params_b,mmlu" };
        lines.AddRange(new[] { 1, 10, 100, 1000 }.Select(s => string.Create(CultureInfo.InvariantCulture, $"open{s},true,{s},{0.3 + 0.1 * Math.Log10(s)}")));
        lines.AddRange(Enumerable.Range(0, 120).Select(i => string.Create(CultureInfo.InvariantCulture, $"closed{i:000},false,,{0.3 + 0.005 * i}")));
        var table = Read([.. lines]);

        var size = SizeOf(table);

        Assert.Equal(120, size.ClosedTotal);
        Assert.Equal(SizeScatter.MaxClosedPlaced, size.Closed.Count);
        Assert.Equal(Enumerable.Range(6, 50).Select(i => $"closed{i:000}"), size.Closed.Select(c => c.Label));
        Assert.Equal(
            ["The size view places 50 of 120 closed models: at most 50, those whose score is nearest the mean score of the models with a size, where a size read off the line is most precise."],
            size.Notes);
    }

    private static Leaderboard Read(params string[] lines)
    {
        var result = LeaderboardReader.Read(string.Join('\n', lines));
        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        return AnalysisTable.Prepare(result.Leaderboard!);
    }

    private static SizeScatterResult SizeOf(Leaderboard table, string benchmark = "mmlu") =>
        SizeScatter.Build(table, Enumerable.Range(0, table.RowCount).ToList(), benchmark, new AnalysisSpec());
}
