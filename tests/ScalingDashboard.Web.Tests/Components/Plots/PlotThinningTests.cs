using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Tests.Components.Plots;

public sealed class PlotThinningTests
{
    private static PlotSeries Markers(string name, int count) => new(name,
        Enumerable.Range(0, count).Select(i => (double)i + 1).ToList(),
        Enumerable.Range(0, count).Select(i => 0.5).ToList(),
        Enumerable.Range(0, count).Select(i => $"run-{i}").ToList())
    { HoverLines = Enumerable.Range(0, count).Select(i => $"line {i}").ToList() };

    private static PlotModel Model(params PlotSeries[] series) => new("t", new PlotAxis("x", IsLog: true), new PlotAxis("y"), series);

    [Fact]
    public void Thin_FewPoints_ReturnsTheSameModel()
    {
        var model = Model(Markers("fit", 1000), Markers("holdout", 500));

        Assert.Same(model, PlotThinning.Thin(model));
    }

    [Fact]
    public void Thin_SevenThousandPoints_KeepsEveryFifthOfEachSetAndSaysSo()
    {
        // 7,169 rows as in the Open LLM Leaderboard: stride ceil(7169 / 1500) = 5.
        var curve = new PlotSeries("curve", [1, 2], [0.1, 0.2], Style: SeriesStyle.Line);
        var model = Model(Markers("fit", 6000), Markers("holdout", 1169), curve);

        var thinned = PlotThinning.Thin(model);

        Assert.Equal(1200, thinned.Series[0].X.Count);
        Assert.Equal(234, thinned.Series[1].X.Count);
        Assert.Same(curve, thinned.Series[2]);
        Assert.Equal([1.0, 6.0, 11.0], thinned.Series[0].X.Take(3));
        Assert.Equal(["run-0", "run-5"], thinned.Series[0].Labels!.Take(2));
        Assert.Equal(["line 0", "line 5"], thinned.Series[0].HoverLines!.Take(2));
        Assert.Equal("Drawing 1,434 of 7,169 points (every 5th of each set) so the plot keeps up; every point is in the fit and the tables.",
            Assert.Single(thinned.Notes));
    }
}
