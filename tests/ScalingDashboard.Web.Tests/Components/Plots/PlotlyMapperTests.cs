using Plotly.Blazor.Traces;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Tests.Components.Plots;

public sealed class PlotlyMapperTests
{
    private static PlotModel Model(string label, string xTitle = "Parameters") => new(
        "MMLU <i>against</i> size",
        new PlotAxis(xTitle, IsLog: true),
        new PlotAxis("MMLU (fraction correct)"),
        [new PlotSeries("family <script>", [7e9, 70e9], [0.45, 0.68], [label, "plain"])]);

    [Fact]
    public void ToTraces_ModelNameWithMarkup_IsHtmlEncodedInHoverText()
    {
        var scatter = Assert.IsType<Scatter>(Assert.Single(PlotlyMapper.ToTraces(Model("<img src=x onerror=alert(1)>"))));

        Assert.StartsWith("<b>&lt;img src=x onerror=alert(1)&gt;</b><br>", Shown(scatter, 0), StringComparison.Ordinal);
        Assert.Equal("family &lt;script&gt;", scatter.Name);
    }

    [Fact]
    public void ToTraces_PercentInColumnName_CannotInjectTemplateVariable()
    {
        var scatter = Assert.IsType<Scatter>(Assert.Single(PlotlyMapper.ToTraces(Model("m", xTitle: "size %{y}"))));

        // The hover's words are written by the mapper, escaped; a title in the template cannot add a variable.
        Assert.DoesNotContain("%{y}", scatter.HoverTemplate, StringComparison.Ordinal);
        Assert.Equal("<b>m</b><br>size &#37;{y}: 7e9<br>MMLU (fraction correct): 0.45", Shown(scatter, 0));
    }

    [Fact]
    public void ToTraces_AnySeries_KeepsCoordinatesInOrder()
    {
        var scatter = Assert.IsType<Scatter>(Assert.Single(PlotlyMapper.ToTraces(Model("m"))));

        Assert.Equal([7e9, 70e9], scatter.X.Cast<double>());
        Assert.Equal([0.45, 0.68], scatter.Y.Cast<double>());
    }

    [Fact]
    public void ToLayout_LogAxis_IsLogTypeAndTitlesEscaped()
    {
        var layout = PlotlyMapper.ToLayout(Model("m"));

        Assert.Equal(Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Log, layout.XAxis[0].Type);
        Assert.Equal(Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Linear, layout.YAxis[0].Type);
        Assert.Equal("MMLU &lt;i&gt;against&lt;/i&gt; size", layout.Title.Text);
    }

    [Fact]
    public void ToTraces_NonFiniteValues_BecomeGapsThatSerialise()
    {
        var model = new PlotModel("t", new PlotAxis("x", IsLog: true), new PlotAxis("y"),
            [new PlotSeries("s", [1, double.PositiveInfinity, 3], [double.NaN, 2, double.NegativeInfinity], ["a", "b", "c"])]);

        var scatter = Assert.IsType<Scatter>(Assert.Single(PlotlyMapper.ToTraces(model)));

        Assert.Equal([1.0, null, 3.0], scatter.X.Select(v => (double?)v));
        Assert.Equal([null, 2.0, null], scatter.Y.Select(v => (double?)v));
        // What the circuit sends to the browser must be valid JSON.
        var json = System.Text.Json.JsonSerializer.Serialize(scatter.Y);
        Assert.Equal("[null,2,null]", json);
    }

    [Fact]
    public void ToTraces_ExtremeNumbersInPointsBandsAndErrorBars_SurvivePlotlyBlazorsSerialisation()
    {
        double[] x = [1e100, 1e-300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 6e21];
        double[] y = [0.5, 1e100, 0.4, 0.3, 1e-300, double.NaN];
        var model = new PlotModel("extremes", new PlotAxis("flops", IsLog: true, Unit: PlotUnit.Flops), new PlotAxis("score"),
        [
            new PlotSeries("runs", x, y, ["a", "b", "c", "d", "e", "f"])
            {
                XLower = [1e99, 1e-301, 1, 1, 1, 1e21],
                XUpper = [2e100, 1e-299, 1, 1, 1, 1e22],
            },
            new PlotSeries("band", x, y, null, SeriesStyle.Band) { YLower = [1e-300, -1e100, 0, 0, 0, 0] },
            new PlotSeries("threshold", [1e100, 1e100], [double.NegativeInfinity, 1e100], null, SeriesStyle.DottedLine),
        ]);

        var json = PlotlyMapper.ToTraces(model).Select(PlotlyWire.Json).ToList();

        Assert.Equal(["1E+100", "1E-300", null, null, null, 6e21], PlotlyWire.Array(json[0], "x"));
        Assert.Equal([0.5, "1E+100", 0.4, 0.3, "1E-300", null], PlotlyWire.Array(json[0], "y"));
        Assert.Equal(["1E+100", "9E-300", null, null, null, 4e21], PlotlyWire.Array(json[0], "error_x", "array"));
        // The band's lower edge (its first trace) and the line: a log axis cannot show 0 or less, so those are gaps.
        Assert.Equal(["1E-300", "-1E+100", 0d, 0d, 0d, 0d], PlotlyWire.Array(json[1], "y"));
        Assert.Equal(["1E+100", "1E+100"], PlotlyWire.Array(json[3], "x"));
        Assert.Equal([null, "1E+100"], PlotlyWire.Array(json[3], "y"));
    }

    [Fact]
    public void ToLayout_RangeBeyondDecimal_SurvivesPlotlyBlazorsSerialisation()
    {
        var model = new PlotModel("t", new PlotAxis("x"), new PlotAxis("y", Range: (-1e100, 1e300)), []);

        var json = PlotlyWire.Json(PlotlyMapper.ToLayout(model));

        Assert.Equal(["-1E+100", "1E+300"], PlotlyWire.Array(json, "yaxis", "range"));
    }

    [Fact]
    public void Notes_PointsTheAxesCannotShow_AreCountedInWords()
    {
        var model = new PlotModel("t", new PlotAxis("x", IsLog: true), new PlotAxis("y"),
            [new PlotSeries("runs <b>", [1, -2, 3, double.PositiveInfinity], [0.1, 0.2, double.NaN, 0.4])])
        { Notes = ["from the builder"] };

        var notes = PlotlyMapper.Notes(model);

        Assert.Equal(
            ["from the builder", "3 points of 'runs <b>' cannot be placed on these axes (not a finite number, or not positive on a log axis) and are left out."],
            notes);
    }

    [Fact]
    public void ToTraces_FlopsAndParameterAxes_HoverWithUnitsNotSiPrefixes()
    {
        var model = new PlotModel("t", new PlotAxis("flops (log scale)", IsLog: true, Unit: PlotUnit.Flops), new PlotAxis("params", Unit: PlotUnit.Parameters),
            [new PlotSeries("curve", [6.2e21], [42.88e9], null, SeriesStyle.Line) { HoverLines = ["residual +0.01"] }]);

        var scatter = Assert.IsType<Scatter>(Assert.Single(PlotlyMapper.ToTraces(model)));

        Assert.Equal("curve<br>6.2e21 FLOPs<br>42.9B parameters<br>residual +0.01", Shown(scatter, 0));
    }

    [Fact]
    public void ToTraces_DarkTheme_LiftsTheThresholdGreyAndKeepsFormColours()
    {
        var model = new PlotModel("t", new PlotAxis("x"), new PlotAxis("y"),
        [
            new PlotSeries("threshold", [1, 1], [0, 1], null, SeriesStyle.DottedLine, "#444444"),
            new PlotSeries("form", [1, 2], [0, 1], null, SeriesStyle.Line, "#d35400"),
        ]);

        var dark = PlotlyMapper.ToTraces(model, new ChartStyle(Dark: true, 1)).Cast<Scatter>().ToList();
        var light = PlotlyMapper.ToTraces(model, ChartStyle.Default).Cast<Scatter>().ToList();

        Assert.Equal("#999999", dark[0].Line.Color);
        Assert.Equal("#444444", light[0].Line.Color);
        Assert.Equal("#d35400", dark[1].Line.Color);
    }

    [Fact]
    public void ToLayout_TitleWithLineBreak_BreaksAfterEscaping()
    {
        var model = new PlotModel("<b>mmlu</b> · sigmoid\nresidual vs flops", new PlotAxis("x"), new PlotAxis("y"), []);

        var layout = PlotlyMapper.ToLayout(model);

        Assert.Equal("&lt;b&gt;mmlu&lt;/b&gt; &#183; sigmoid<br>residual vs flops", layout.Title.Text);
        Assert.Equal(70, layout.Margin.T);
    }

    /// <summary>Point <paramref name="i"/>'s hover as Plotly shows it: the template with that point's customdata filled in.</summary>
    private static string Shown(Scatter scatter, int i)
    {
        var row = (string[])scatter.CustomData[i];
        var text = scatter.HoverTemplate.Replace("<extra></extra>", "", StringComparison.Ordinal);
        for (var c = row.Length - 1; c >= 0; c--)
        {
            text = text.Replace($"%{{customdata[{c}]}}", row[c], StringComparison.Ordinal);
        }

        return text;
    }
}
