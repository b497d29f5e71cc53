using System.Globalization;
using System.Text.RegularExpressions;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Statistics;

/// <summary>One NIST StRD one-way ANOVA file: its certified table (from the header) and its data.</summary>
internal sealed partial record NistAnovaSet(
    int DfBetween, double SsBetween, double MsBetween, double F, int DfWithin, double SsWithin, double MsWithin,
    IReadOnlyList<double> Values, IReadOnlyList<string> Groups)
{
    public const string Folder = "nist-strd-anova";

    public static NistAnovaSet Read(string name)
    {
        var lines = File.ReadAllLines(SharedData.PathOf($"{Folder}/{name}.dat"));
        var between = Tokens(lines.First(l => l.TrimStart().StartsWith("Between ", StringComparison.Ordinal)))[2..];
        var within = Tokens(lines.First(l => l.TrimStart().StartsWith("Within ", StringComparison.Ordinal)))[2..];
        // The header says where the data are, e.g. "Data               (lines 61 to 249)" (1-based, inclusive).
        var span = lines.Select(l => DataLines().Match(l)).First(m => m.Success);
        var first = int.Parse(span.Groups[1].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(span.Groups[2].Value, CultureInfo.InvariantCulture);
        var values = new List<double>();
        var groups = new List<string>();
        foreach (var line in lines[(first - 1)..last])
        {
            var cells = Tokens(line);
            groups.Add(cells[0]);
            values.Add(Number(cells[1]));
        }

        return new NistAnovaSet(int.Parse(between[0], CultureInfo.InvariantCulture), Number(between[1]), Number(between[2]),
            Number(between[3]), int.Parse(within[0], CultureInfo.InvariantCulture), Number(within[1]), Number(within[2]),
            values, groups);
    }

    /// <summary>Log relative error: the number of significant digits <paramref name="actual"/> shares with <paramref name="certified"/>.</summary>
    public static double Digits(double actual, double certified) =>
        actual == certified ? 16 : -Math.Log10(Math.Abs(actual - certified) / Math.Abs(certified));

    [GeneratedRegex(@"^\s+Data\s+\(lines (\d+) to (\d+)\)")]
    private static partial Regex DataLines();

    private static string[] Tokens(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
