using System.Globalization;
using ScalingDashboard.Core.Matrix;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Matrix;

/// <summary>
/// The CPP score matrix (../shared/data/cpp_llm, no licence: read in tests, never shipped), parsed here with a plain
/// comma split independent of the Core reader: first cell of the header empty, a UTF-8 BOM, scores in percent.
/// </summary>
internal static class CppData
{
    public const string Folder = "cpp_llm";

    public static ScoreMatrix Load()
    {
        var lines = File.ReadAllLines(SharedData.PathOf("cpp_llm/crowdsource_performance.csv"));
        var tasks = lines[0].TrimStart('\uFEFF').Split(',')[1..];
        var models = new List<string>();
        var rows = new List<IReadOnlyList<double>>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            models.Add(cells[0]);
            rows.Add(Enumerable.Range(1, tasks.Length)
                .Select(k => k < cells.Length && cells[k].Length > 0 ? double.Parse(cells[k], CultureInfo.InvariantCulture) : double.NaN)
                .ToArray());
        }

        return ScoreMatrix.FromWide(models, tasks, rows);
    }
}
