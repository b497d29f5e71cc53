using System.Globalization;
using ScalingDashboard.Core.Statistics.AdditiveModel;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Statistics.AdditiveModel;

/// <summary>
/// Reads the tab-separated outputs of <c>Fixtures/mgcv_reference.R</c> (run once with Rscript and mgcv 1.8-41;
/// the tests do not need R): <c>NAME_summary.tsv</c> (name, value) and <c>NAME_grid.tsv</c> (x, fit, se).
/// </summary>
internal static class MgcvFixture
{
    public static string Folder { get; } = Path.Combine(
        RepositoryPaths.Root, "tests", "ScalingDashboard.Core.Tests", "Statistics", "AdditiveModel", "Fixtures");

    public static Dictionary<string, double> Summary(string name) =>
        Rows($"{name}_summary.tsv").ToDictionary(r => r[0], r => Number(r[1]), StringComparer.Ordinal);

    public static List<SmoothGridPoint> Grid(string name) =>
        Rows($"{name}_grid.tsv").Select(r => new SmoothGridPoint(Number(r[0]), Number(r[1]), Number(r[2]))).ToList();

    /// <summary>Per level of <c>NAME_grid.tsv</c> with columns level, edf, x, fit, se: the level's edf and grid.</summary>
    public static List<(string Level, double Edf, List<SmoothGridPoint> Grid)> LevelGrids(string name) =>
        Rows($"{name}_grid.tsv")
            .GroupBy(r => r[0].Trim())
            .Select(g => (g.Key, Number(g.First()[1]), g.Select(r => new SmoothGridPoint(Number(r[2]), Number(r[3]), Number(r[4]))).ToList()))
            .ToList();

    /// <summary>The simulated data the script wrote: x, g, y.</summary>
    public static (double[] X, string[] G, double[] Y) SimulatedData()
    {
        var rows = Rows("sim_data.tsv");
        return (rows.Select(r => Number(r[0])).ToArray(), rows.Select(r => r[1].Trim()).ToArray(), rows.Select(r => Number(r[2])).ToArray());
    }

    private static List<string[]> Rows(string file) =>
        File.ReadAllLines(Path.Combine(Folder, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();

    private static double Number(string cell) => double.Parse(cell.Trim(), CultureInfo.InvariantCulture);
}
