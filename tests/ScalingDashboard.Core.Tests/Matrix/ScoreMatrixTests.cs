using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Tests.Matrix;

public class ScoreMatrixTests
{
    [Fact]
    public void FromWide_PercentTask_IsDividedBy100AndNoted()
    {
        var matrix = ScoreMatrix.FromWide(["a", "b", "c"], ["pct", "frac"], [[55, 0.5], [70, double.NaN], [double.NaN, 0.25]]);

        Assert.Equal(0.55, matrix[0, 0], 15);
        Assert.Equal(0.70, matrix[1, 0], 15);
        Assert.Equal(0.5, matrix[0, 1], 15); // a fraction task is left as it is
        Assert.False(matrix.IsKnown(1, 1));
        Assert.Equal(4, matrix.KnownCells.Count);
        Assert.Equal("1 of 2 tasks are in percent and were divided by 100: pct.", Assert.Single(matrix.Notes));
    }

    [Fact]
    public void FromWide_EloLikeTask_IsMinMaxScaledAndSaysSo()
    {
        var matrix = ScoreMatrix.FromWide(["a", "b", "c"], ["elo", "frac"], [[1000, 0.5], [1200, 0.6], [1100, 0.7]]);

        Assert.Equal([0, 1, 0.5], Enumerable.Range(0, 3).Select(i => matrix[i, 0]));
        Assert.Contains("min-max scaled", Assert.Single(matrix.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void FromLong_DuplicatePairs_KeepTheMeanAndOrderOfFirstAppearance()
    {
        var matrix = ScoreMatrix.FromLong([("b", "t1", 0.4), ("a", "t1", 0.2), ("b", "t1", 0.6), ("a", "t2", 0.9), ("a", "t2", double.NaN)]);

        Assert.Equal(["b", "a"], matrix.Models);
        Assert.Equal(["t1", "t2"], matrix.Tasks);
        Assert.Equal(0.5, matrix[0, 0], 15);
        Assert.False(matrix.IsKnown(0, 1));
        Assert.Contains(matrix.Notes, n => n.StartsWith("1 model-task pairs appeared more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Numerical_SpanningDecades_IsLoggedAndStandardised()
    {
        var factor = MatrixFactor.Numerical("params", [1e9, 1e10, 1e11, double.NaN]);

        // log10 gives 9, 10, 11: mean 10, sd 1, so -1, 0, 1; the missing value sits at the mean, 0.
        Assert.Equal([-1, 0, 1, 0], factor.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal("log10, then standardised; 1 missing set to the mean", factor.Scaling);
    }

    [Fact]
    public void Categorical_Levels_InOrderOfFirstAppearanceWithMissingAsMinusOne()
    {
        var factor = MatrixFactor.Categorical("family", ["llama", "gpt", null, "llama", " "]);

        Assert.Equal([0, 1, -1, 0, -1], factor.Levels);
        Assert.Equal(["llama", "gpt"], factor.LevelNames);
    }
}
