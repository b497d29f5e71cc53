using System.Globalization;

namespace ScalingDashboard.Core.Tests.Statistics;

/// <summary>Reads the R/scipy fixture CSVs copied beside the test assembly (Statistics/Fixtures); "Inf" is infinity.</summary>
internal static class FixtureCsv
{
    public static List<Dictionary<string, string>> Read(string fileName)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Statistics", "Fixtures", fileName));
        var header = Split(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }

    public static double Number(string text) => text switch
    {
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" or "NA" => double.NaN,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    /// <summary>Comma split honouring R's double-quoted cells (write.csv quotes the pair names).</summary>
    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
