using System.Xml.Linq;
using ScalingDashboard.Core.Statistics;
using ScalingDashboard.Web.Components.Pages.Statistics;

namespace ScalingDashboard.Web.Tests.Components.Pages.Statistics;

public class StatisticsExportsTests
{
    private static CorrelationMatrix Matrix() => Correlation.Compute(
        ["<script>x</script>", "=cmd|' /C calc'!A0", "plain"],
        [[1, 2, 3, 4], [2, 4, 6, 8.5], [4, 3, 2, 1]],
        CorrelationMethod.Pearson);

    [Fact]
    public void HeatmapSvg_IsWellFormed_WithOneCellPerPair_AndNamesAsText()
    {
        var svg = CorrelationSvg.Render(Matrix());

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Empty(document.Descendants("script"));
        Assert.Empty(document.Descendants(ns + "script"));
        // 9 cells plus the white background.
        Assert.Equal(10, document.Descendants(ns + "rect").Count());
        Assert.Contains(document.Descendants(ns + "text"), t => t.Value == "<script>x</script>");
        // r(first, third) = -1 exactly: the cell reads -1.00 in the strongest blue.
        Assert.Contains(document.Descendants(ns + "text"), t => t.Value == "-1.00");
        Assert.Contains(document.Descendants(ns + "rect"), r => (string?)r.Attribute("fill") == CorrelationColour.Of(-1).Fill);
    }

    [Theory]
    [InlineData(1.0, "#ff3333", "#ffffff")]
    [InlineData(-1.0, "#3333ff", "#ffffff")]
    [InlineData(0.0, "#ffffff", "#111111")]
    [InlineData(double.NaN, CorrelationColour.Missing, "#555555")]
    public void Colour_IsDivergingFromWhite(double r, string fill, string text) =>
        Assert.Equal((fill, text), CorrelationColour.Of(r));

    [Fact]
    public void CorrelationCsv_NeutralisesFormulaNames()
    {
        var csv = StatisticsCsv.Correlation(Matrix());

        Assert.Contains(",'=cmd|' /C calc'!A0,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.008, double.NaN, "0.008")]
    [InlineData(3.4e-12, double.NaN, "3.4e-12")]
    [InlineData(0.0, -412.34, "< 1e-300 (log10 p = -412.3)")]
    [InlineData(0.0, double.NaN, "< 1e-15")]
    public void PValue_IsNeverABareZero(double p, double log10P, string expected) =>
        Assert.Equal(expected, StatisticsText.PValue(p, log10P));
}
