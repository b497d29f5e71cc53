namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// A series' hover as Plotly gets it: a template that holds the markup and what every point shares (the series name,
/// an axis title), and per point only its own words (label, values, prediction lines) as <c>customdata</c> columns.
/// Whole per-point HTML strings made a 7,169-row table ship 700 KiB per slider tick, most of it repeated titles and
/// '&lt;br&gt;' escaped as '\u003Cbr\u003E' by the circuit's JSON. Every piece of text is HTML-encoded and '%' is
/// encoded too, so neither a title nor a label can add a template variable.
/// </summary>
/// <param name="Template">The hover template, ending in <c>&lt;extra&gt;&lt;/extra&gt;</c> (no trace name box).</param>
/// <param name="Rows">One array of strings per point, the template's <c>customdata[i]</c>.</param>
public sealed record PlotHover(string Template, IReadOnlyList<string[]> Rows)
{
    public static PlotHover For(PlotSeries series, PlotModel model)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(model);
        var count = series.X.Count;
        var columns = new List<Func<int, string>>();
        string Column(Func<int, string> value)
        {
            columns.Add(value);
            return $"%{{customdata[{columns.Count - 1}]}}";
        }

        var first = series.Labels is { } labels
            ? $"<b>{Column(i => i < labels.Count ? PlotlyMapper.Escape(labels[i]) : "")}</b>"
            : PlotlyMapper.Escape(series.Name);
        var x = AxisPart(model.XAxis, series.X, Column);
        var y = AxisPart(model.YAxis, series.Y, Column);
        var template = $"{first}<br>{x}<br>{y}";

        var lines = Enumerable.Range(0, count).Select(i => ExtraLines(series, i)).ToArray();
        var same = lines.Select(l => l.Length).Distinct().Count() == 1 ? lines[0].Length : -1;
        if (same > 0)
        {
            // Every point has as many lines: the line breaks go in the template, once.
            for (var line = 0; line < same; line++)
            {
                var at = line;
                template += "<br>" + Column(i => lines[i][at]);
            }
        }
        else if (same < 0)
        {
            // Points differ in how many lines they have: each carries its own breaks, so none shows an empty line.
            template += Column(i => string.Concat(lines[i].Select(l => "<br>" + l)));
        }

        var rows = new string[count][];
        for (var i = 0; i < count; i++)
        {
            var row = new string[columns.Count];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = columns[c](i);
            }

            rows[i] = row;
        }

        return new PlotHover(template + "<extra></extra>", rows);
    }

    /// <summary>An axis's line: the value with its unit, or the axis title (in the template) and the plain value.</summary>
    private static string AxisPart(PlotAxis axis, IReadOnlyList<double> values, Func<Func<int, string>, string> column)
    {
        string Value(int i) => PlotlyMapper.Escape(PlotNumber.Text(i < values.Count ? values[i] : double.NaN, axis.Unit));
        return axis.HoverTitle is { } title
            ? $"{PlotlyMapper.Escape(title)}: {column(Value)}"
            : column(Value);
    }

    private static string[] ExtraLines(PlotSeries series, int i) =>
        series.HoverLines is { } lines && i < lines.Count
            ? lines[i].Split('\n').Where(l => l.Length > 0).Select(PlotlyMapper.Escape).ToArray()
            : [];
}
