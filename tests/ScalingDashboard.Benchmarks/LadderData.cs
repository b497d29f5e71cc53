using System.Globalization;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// The 54-run DCLM tpr=20 ladder from shared/data, or a synthetic ladder of the same shape when the shared data is
/// absent (so the benchmark still runs; timings do not depend on the values).
/// </summary>
public static class LadderData
{
    public static (double[] X, double[] Y) Load(string column)
    {
        var path = Find("apple_downstream/dclm_tpr20_wide.csv");
        if (path is null)
        {
            var x = new double[54];
            var y = new double[54];
            for (var i = 0; i < x.Length; i++)
            {
                x[i] = 1e18 * Math.Pow(1.1007 * 1.1007, i);
                y[i] = 0.2918 + 0.7082 * Math.Exp(-Math.Exp(8.4951 - 0.184 * Math.Log(x[i])));
            }

            return (x, y);
        }

        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var xi = Array.IndexOf(header, "flops_6ND");
        var yi = Array.IndexOf(header, column);
        var xs = new double[lines.Length - 1];
        var ys = new double[lines.Length - 1];
        for (var r = 1; r < lines.Length; r++)
        {
            var cells = lines[r].Split(',');
            xs[r - 1] = double.Parse(cells[xi], CultureInfo.InvariantCulture);
            ys[r - 1] = double.Parse(cells[yi], CultureInfo.InvariantCulture);
        }

        return (xs, ys);
    }

    /// <summary>The full path of a file under shared/data, or null when it is absent.</summary>
    public static string? Find(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScalingDashboard.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            return null;
        }

        var path = Path.Combine(dir.FullName, "..", "shared", "data", relative);
        return File.Exists(path) ? path : null;
    }
}
