using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Tests.Components.Plots;

public sealed class PlotThinningTests
{
    private static PlotSeries Markers(string name, List<double> x, List<double> y) => new(name, x, y,
        Enumerable.Range(0, x.Count).Select(i => $"{name}-{i}").ToList())
    { HoverLines = Enumerable.Range(0, x.Count).Select(i => $"line {i}").ToList() };

    private static PlotSeries Markers(string name, int count) => Markers(name,
        Enumerable.Range(0, count).Select(i => (double)i + 1).ToList(),
        Enumerable.Range(0, count).Select(i => 0.5).ToList());

    private static PlotModel Model(params PlotSeries[] series) => new("t", new PlotAxis("x", IsLog: true), new PlotAxis("y"), series);

    [Fact]
    public void Thin_FewPoints_ReturnsTheSameModel()
    {
        var model = Model(Markers("fit", 1000), Markers("holdout", 500));

        Assert.Same(model, PlotThinning.Thin(model));
    }

    [Fact]
    public void Thin_PointsOnTopOfEachOther_DrawsOnePerCellAndKeepsTheOutlier()
    {
        // 2,000 runs at four places (500 each, in turn) and one far outlier: five cells are occupied.
        double[] xs = [1e20, 1e21, 1e22, 1e23];
        var x = Enumerable.Range(0, 2000).Select(i => xs[i % 4]).Append(1e24).ToList();
        var y = Enumerable.Range(0, 2000).Select(i => 0.3 + (0.1 * (i % 4))).Append(0.9).ToList();
        var curve = new PlotSeries("curve", [1e20, 1e24], [0.3, 0.9], Style: SeriesStyle.Line);
        var model = Model(Markers("fit", x, y), curve);

        var thinned = PlotThinning.Thin(model);

        Assert.Equal([1e20, 1e21, 1e22, 1e23, 1e24], thinned.Series[0].X);
        // Each cell is stood for by its first run, and its labels and hover lines travel with it.
        Assert.Equal(["fit-0", "fit-1", "fit-2", "fit-3", "fit-2000"], thinned.Series[0].Labels!);
        Assert.Equal("line 2000", thinned.Series[0].HoverLines![4]);
        Assert.Same(curve, thinned.Series[1]);
        Assert.Equal("Drawing 5 of 2,001 points: where points overlap one stands for the rest (one per cell of a 200 x 80 grid), so the plot keeps up; every point is in the fit and the tables.",
            Assert.Single(thinned.Notes));
    }

    [Fact]
    public void Thin_TwoSetsInOneCell_EachKeepsItsOwnPoint()
    {
        // Train and holdout points at the same place differ in colour: merging across sets would hide one of them.
        var fit = Markers("fit", Enumerable.Repeat(1e21, 1000).ToList(), Enumerable.Repeat(0.5, 1000).ToList());
        var holdout = Markers("holdout", Enumerable.Repeat(1e21, 1000).ToList(), Enumerable.Repeat(0.5, 1000).ToList());

        var thinned = PlotThinning.Thin(Model(fit, holdout));

        Assert.Single(thinned.Series[0].X);
        Assert.Single(thinned.Series[1].X);
    }

    [Fact]
    public void Thin_SpreadBeyondTheGrid_ThenKeepsEveryKthAndSaysSo()
    {
        // 4,000 points on a 4,000-step diagonal of a linear plot: every point has a cell of its own among 200 x 80,
        // except where 4,000 steps fall into 200 columns (20 per column) and 80 rows (50 per row): the diagonal
        // crosses 200 + 80 - 1 = 279 distinct cells at most, so the grid alone already brings 4,000 down below 1,500.
        var line = Enumerable.Range(0, 4000).Select(i => (double)i).ToList();
        var model = new PlotModel("t", new PlotAxis("x"), new PlotAxis("y"), [Markers("fit", line, line)]);

        var gridOnly = PlotThinning.Thin(model);
        Assert.InRange(gridOnly.Series[0].X.Count, 200, 279);

        // A scatter that fills every cell (a 200 x 80 lattice, 16,000 points) is then strided: ceil(16000 / 1500) = 11.
        var lattice = Enumerable.Range(0, 16000).Select(i => (X: (double)(i % 200), Y: (double)(i / 200))).ToList();
        var full = new PlotModel("t", new PlotAxis("x"), new PlotAxis("y"),
            [Markers("fit", lattice.Select(p => p.X).ToList(), lattice.Select(p => p.Y).ToList())]);

        var thinned = PlotThinning.Thin(full);

        Assert.Equal(1455, thinned.Series[0].X.Count);
        Assert.Equal("Drawing 1,455 of 16,000 points: where points overlap one stands for the rest (one per cell of a 200 x 80 grid), then every 11th of each set, so the plot keeps up; every point is in the fit and the tables.",
            Assert.Single(thinned.Notes));
    }

    [Fact]
    public void Thin_PointsTheAxesCannotPlace_AreKeptForTheirNote()
    {
        // Zero and NaN cannot go on a log axis: thinning keeps them all, so the plot's note counts every one.
        var x = Enumerable.Repeat(1e21, 1600).Concat([0, double.NaN, -5]).ToList();
        var y = Enumerable.Repeat(0.5, 1603).ToList();
        var model = Model(Markers("fit", x, y));

        var thinned = PlotThinning.Thin(model);

        Assert.Equal(4, thinned.Series[0].X.Count);
        Assert.Contains(PlotlyMapper.Notes(thinned), n => n.StartsWith("3 points of 'fit' cannot be placed", StringComparison.Ordinal));
    }
}
