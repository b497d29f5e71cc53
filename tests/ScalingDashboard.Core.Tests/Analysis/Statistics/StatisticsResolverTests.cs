using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Tests.Analysis.Statistics;

public class StatisticsResolverTests
{
    // Sizes as a leaderboard writes them: 0 means unknown; 1.5 and 3 sit on bracket edges.
    private const string Board = """
        model,params_b,architecture,mmlu,arc
        a,0,Llama,40,50
        b,1.5,Llama,45,52
        c,3,Mistral,50,55
        d,7,Mistral,55,60
        e,100,Llama,70,72
        f,2,,48,53
        """;

    private static Leaderboard Table() => LeaderboardReader.Read(Board).Leaderboard!;

    [Fact]
    public void Resolve_DefaultGrouping_PutsSizesInSeedBracketsAndCountsTheRest()
    {
        var resolved = StatisticsResolver.Resolve(Table(), new StatisticsSpec());

        Assert.Equal("params_b", resolved.GroupColumn!.Header);
        // a: unknown size; e: 100B is above the last edge (80); b on the 1.5 edge belongs to [1.5, 3) when left-closed.
        Assert.Equal([null, "[1.5, 3)", "[3, 7)", "[7, 13)", null, "[1.5, 3)"], resolved.GroupOfRow);
        Assert.Contains("1 row of unknown size left out", resolved.GroupingDescription, StringComparison.Ordinal);
        Assert.Contains("1 row outside every bracket left out", resolved.GroupingDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RightClosed_MovesEdgeValuesDown()
    {
        var spec = new StatisticsSpec { Grouping = new GroupingSpec { Closure = BracketClosure.Right } };

        var resolved = StatisticsResolver.Resolve(Table(), spec);

        Assert.Equal("(0, 1.5]", resolved.GroupOfRow[1]);
        Assert.Equal("(1.5, 3]", resolved.GroupOfRow[2]);
    }

    [Fact]
    public void Resolve_TextGroup_LeavesEmptyCellsOut()
    {
        var spec = new StatisticsSpec { Grouping = new GroupingSpec { Column = "architecture" } };

        var resolved = StatisticsResolver.Resolve(Table(), spec);

        Assert.Equal(["Llama", "Llama", "Mistral", "Mistral", "Llama", null], resolved.GroupOfRow);
    }

    [Fact]
    public void Resolve_UnknownColumns_FallBackWithOneLineEach()
    {
        var spec = new StatisticsSpec { Benchmarks = ["nope"], Model = new MixedModelSpec { X = "missing" } };

        var resolved = StatisticsResolver.Resolve(Table(), spec);

        Assert.Empty(resolved.Benchmarks);
        Assert.Equal("params_b", resolved.ModelX!.Header);
        Assert.Equal(2, resolved.Problems.Count);
    }
}
