using System.Globalization;
using System.Security;
using System.Text;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Web.Components.Pages.Statistics;

/// <summary>
/// The annotated correlation heatmap as a standalone SVG document, for the figure export (the page draws it as an
/// HTML table, which Plotly cannot export). Benchmark names come from uploaded files, so every text is XML-escaped.
/// </summary>
public static class CorrelationSvg
{
    private const int Cell = 56;
    private const int FontSize = 12;
    private const double CharWidth = 6.6;

    public static string Render(CorrelationMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var n = matrix.Names.Count;
        var labelWidth = (int)Math.Ceiling(matrix.Names.Select(name => name.Length).DefaultIfEmpty(4).Max() * CharWidth) + 12;
        var top = labelWidth + 28;
        var left = labelWidth;
        // Wide enough for the caption too, which runs along the bottom from the left margin.
        var width = Math.Max(left + n * Cell + 16, 16 + (int)Math.Ceiling(Caption.Length * 5.6) + 16);
        var height = top + n * Cell + 40;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Roboto, Helvetica, Arial, sans-serif\" font-size=\"{FontSize}\">"));
        svg.Append(Invariant($"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>"));
        svg.Append(Invariant($"<text x=\"{left}\" y=\"18\" font-size=\"14\" fill=\"#222222\">{Escape(Title(matrix))}</text>"));
        for (var j = 0; j < n; j++)
        {
            // Column names run upwards above their column, so long benchmark names do not widen the figure.
            var x = left + j * Cell + Cell / 2 + FontSize / 3;
            svg.Append(Invariant($"<text transform=\"translate({x},{top - 6}) rotate(-90)\" fill=\"#222222\">{Escape(matrix.Names[j])}</text>"));
        }

        for (var i = 0; i < n; i++)
        {
            var y = top + i * Cell;
            svg.Append(Invariant($"<text x=\"{left - 6}\" y=\"{y + Cell / 2 + FontSize / 3}\" text-anchor=\"end\" fill=\"#222222\">{Escape(matrix.Names[i])}</text>"));
            for (var j = 0; j < n; j++)
            {
                var r = matrix.R[i][j];
                var (fill, text) = CorrelationColour.Of(r);
                var x = left + j * Cell;
                svg.Append(Invariant($"<g><title>{Escape($"{matrix.Names[i]} and {matrix.Names[j]}: r = {StatisticsText.Number(r, "F3")} over {matrix.N[i][j]} models")}</title>"));
                svg.Append(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"{fill}\" stroke=\"#ffffff\"/>"));
                svg.Append(Invariant($"<text x=\"{x + Cell / 2}\" y=\"{y + Cell / 2 + FontSize / 3}\" text-anchor=\"middle\" fill=\"{text}\">{StatisticsText.Number(r, "F2")}</text></g>"));
            }
        }

        svg.Append(Invariant($"<text x=\"16\" y=\"{height - 14}\" font-size=\"11\" fill=\"#555555\">{Escape(Caption)}</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    public const string Caption = "Pairwise complete observations; colour from −1 (blue) through 0 (white) to +1 (red).";

    public static string Title(CorrelationMatrix matrix) =>
        (matrix.Method == CorrelationMethod.Pearson ? "Pearson" : "Spearman") + " correlation between benchmarks";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
