using Plotly.Blazor.Traces;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Tests.Components.Plots;

/// <summary>The hover template carries the markup and shared titles; points carry only their own words.</summary>
public sealed class PlotHoverTests
{
    private static PlotModel Model(params IReadOnlyList<string> hoverLines) => new("t",
        new PlotAxis("params_b (log scale)", IsLog: true, Unit: PlotUnit.Parameters), new PlotAxis("mmlu (fraction correct)"),
        [new PlotSeries("fitted runs", [7e9, 70e9], [0.45, 0.68], ["a&b", "c"]) { HoverLines = hoverLines }]);

    [Fact]
    public void For_SameLineCountEverywhere_PointsCarryNoMarkup()
    {
        var model = Model("power law: predicted 0.4400", "power law: predicted 0.6900");
        var hover = PlotHover.For(model.Series[0], model).Rows;
        var scatter = Trace(model);

        Assert.Equal(2, hover.Count);
        Assert.Equal(["c", "70B parameters", "0.68", "power law: predicted 0.6900"], (string[])scatter.CustomData[1]);
        Assert.Equal("<b>%{customdata[0]}</b><br>%{customdata[1]}<br>mmlu (fraction correct): %{customdata[2]}<br>%{customdata[3]}<extra></extra>",
            scatter.HoverTemplate);
        Assert.All(scatter.CustomData.Cast<string[]>().SelectMany(r => r), part => Assert.DoesNotContain('<', part));
    }

    [Fact]
    public void For_LineCountsDiffer_EachPointKeepsItsOwnBreaksAndNoEmptyLine()
    {
        var scatter = Trace(Model("one\ntwo", ""));

        Assert.Equal("<br>one<br>two", ((string[])scatter.CustomData[0])[3]);
        Assert.Equal("", ((string[])scatter.CustomData[1])[3]);
        Assert.EndsWith("%{customdata[2]}%{customdata[3]}<extra></extra>", scatter.HoverTemplate, StringComparison.Ordinal);
    }

    [Fact]
    public void For_LabelWithAmpersand_IsEscapedInItsColumn() =>
        Assert.Equal("a&amp;b", ((string[])Trace(Model()).CustomData[0])[0]);

    private static Scatter Trace(PlotModel model) => Assert.IsType<Scatter>(Assert.Single(PlotlyMapper.ToTraces(model)));
}
