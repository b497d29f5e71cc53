using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Tests.Statistics;

public class BracketsTests
{
    [Theory]
    [InlineData(BracketClosure.Left, 1)] // [1.5, 3) holds its left edge 1.5: index 1
    [InlineData(BracketClosure.Right, 0)] // (0, 1.5] holds 1.5, index 0
    public void Assign_ValueOnEdge_DependsOnClosure(BracketClosure closure, int expected)
    {
        var (brackets, problem) = Brackets.Create([0, 1.5, 3, 7, 13, 35, 80], closure);

        Assert.Null(problem);
        Assert.Equal(expected, brackets!.Assign(1.5));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2.9, 1)]
    [InlineData(7, 3)]
    [InlineData(79.99, 5)]
    [InlineData(80, -1)] // right edge of a left-closed bracket lies outside
    [InlineData(-0.5, -1)]
    [InlineData(238, -1)]
    [InlineData(double.NaN, -1)]
    public void Assign_Default_FindsSeedBracket(double billions, int expected)
    {
        Assert.Equal(expected, Brackets.Default.Assign(billions));
    }

    [Fact]
    public void Label_BothClosures_WriteIntervals()
    {
        var (right, _) = Brackets.Create([1.5, 3], BracketClosure.Right);

        Assert.Equal("[1.5, 3)", Brackets.Default.Label(1));
        Assert.Equal("(1.5, 3]", right!.Label(0));
        Assert.Equal(6, Brackets.Default.Count);
        Assert.Equal(["[0, 1.5)", "[1.5, 3)", "[3, 7)", "[7, 13)", "[13, 35)", "[35, 80)"], Brackets.Default.Labels);
    }

    [Theory]
    [InlineData(new[] { 1.0 }, "at least 2 edges")]
    [InlineData(new[] { 0.0, 3, 3 }, "increase strictly, but 3 is followed by 3")]
    [InlineData(new[] { 0.0, double.PositiveInfinity }, "edge 2 is Infinity")]
    public void Create_BadEdges_ReportsProblem(double[] edges, string expected)
    {
        var (brackets, problem) = Brackets.Create(edges, BracketClosure.Left);

        Assert.Null(brackets);
        Assert.Contains(expected, problem);
    }
}
