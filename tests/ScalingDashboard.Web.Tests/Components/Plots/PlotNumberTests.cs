using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Tests.Components.Plots;

public sealed class PlotNumberTests
{
    [Theory]
    [InlineData(6.2e21, 6.2e21)]
    [InlineData(0.634, 0.634)]
    [InlineData(0, 0)]
    [InlineData(-3.5e27, -3.5e27)]
    public void Wire_NumberPlotlyBlazorCarries_StaysANumber(double value, double expected) =>
        Assert.Equal(expected, Assert.IsType<double>(PlotNumber.Wire(value)));

    [Theory]
    [InlineData(1e100, "1E+100")]
    [InlineData(1e29, "1E+29")]
    [InlineData(1.8e57, "1.8E+57")]
    [InlineData(1e-300, "1E-300")]
    [InlineData(-2.5e40, "-2.5E+40")]
    public void Wire_NumberBeyondDecimal_IsExponentText(double value, string expected) =>
        Assert.Equal(expected, PlotNumber.Wire(value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Wire_NonFinite_IsNull(double value) => Assert.Null(PlotNumber.Wire(value));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Wire_NotPositiveOnLogAxis_IsNull(double value) => Assert.Null(PlotNumber.Wire(value, logAxis: true));

    [Theory]
    [InlineData(6.2e21, PlotUnit.Flops, "6.2e21 FLOPs")]
    [InlineData(2.1456e21, PlotUnit.Flops, "2.15e21 FLOPs")]
    [InlineData(42.88e9, PlotUnit.Parameters, "42.9B parameters")]
    [InlineData(7e9, PlotUnit.Parameters, "7B parameters")]
    [InlineData(1.4e12, PlotUnit.Tokens, "1.4T tokens")]
    [InlineData(350e6, PlotUnit.Parameters, "350M parameters")]
    [InlineData(3e16, PlotUnit.Tokens, "3e16 tokens")]
    [InlineData(0.63412, PlotUnit.Number, "0.634")]
    [InlineData(-0.012345, PlotUnit.Number, "-0.0123")]
    [InlineData(0.63412, PlotUnit.Percent, "63.4%")]
    [InlineData(1234.5, PlotUnit.Number, "1235")]
    [InlineData(1e100, PlotUnit.Flops, "1e100 FLOPs")]
    [InlineData(1e-300, PlotUnit.Number, "1e-300")]
    [InlineData(double.NaN, PlotUnit.Flops, "–")]
    public void Text_ValueAndUnit_IsPlainNumberWithUnit(double value, PlotUnit unit, string expected) =>
        Assert.Equal(expected, PlotNumber.Text(value, unit));
}
