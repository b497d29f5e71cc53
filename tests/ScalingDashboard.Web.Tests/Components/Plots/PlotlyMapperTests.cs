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

        Assert.Equal("&lt;img src=x onerror=alert(1)&gt;", scatter.TextArray[0]);
        Assert.Equal("family &lt;script&gt;", scatter.Name);
    }

    [Fact]
    public void ToTraces_PercentInColumnName_CannotInjectTemplateVariable()
    {
        var scatter = Assert.IsType<Scatter>(Assert.Single(PlotlyMapper.ToTraces(Model("m", xTitle: "size %{y}"))));

        Assert.Contains("size &#37;{y}", scatter.HoverTemplate, StringComparison.Ordinal);
        // Only the three variables the mapper writes: text, x and y.
        Assert.Equal(3, scatter.HoverTemplate.Split("%{", StringSplitOptions.None).Length - 1);
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
}
