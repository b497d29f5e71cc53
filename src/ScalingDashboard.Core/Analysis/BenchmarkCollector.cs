using System.Globalization;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Data.Derived;
using ScalingDashboard.Core.Data.Storage;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// Gathers one benchmark's points from the filtered rows. The rule, the same in every face: a row without a finite x
/// or score, or with x &lt;= 0 (every form and log axis takes log x), is left out and counted, one line per reason.
/// </summary>
public static class BenchmarkCollector
{
    public static BenchmarkData Collect(Leaderboard table, IReadOnlyList<int> rows, ResolvedAnalysis resolved, string benchmark, AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(spec);
        var xColumn = table.FindColumn(resolved.X!)!;
        var group = spec.GroupBy is null ? null : table.FindColumn(spec.GroupBy);
        var chance = resolved.ChanceLevels[benchmark];
        var sources = Sources(table, spec, benchmark);
        var points = new Points(sources.Any(s => s.K is not null) || sources[0].X2 is not null);
        int missingX = 0, nonPositiveX = 0, missingY = 0;
        foreach (var (k, y, x2) in sources)
        {
            foreach (var row in rows)
            {
                if (xColumn.Numbers[row] is not double xv || !double.IsFinite(xv))
                {
                    missingX++;
                }
                else if (xv <= 0)
                {
                    nonPositiveX++;
                }
                else if (y.Numbers[row] is not double yv || !double.IsFinite(yv))
                {
                    missingY++;
                }
                else
                {
                    var label = k is null ? table.ModelNames[row] : string.Create(CultureInfo.InvariantCulture, $"{table.ModelNames[row]} @{k}");
                    var x2v = k ?? (x2 is null ? double.NaN : x2.Numbers[row] ?? double.NaN);
                    points.Add(row, xv, yv, x2v, label);
                }
            }
        }

        var total = rows.Count * sources.Count;
        var leftOut = new List<string>();
        Note(leftOut, benchmark, missingX, total, $"no {resolved.X} value");
        Note(leftOut, benchmark, nonPositiveX, total, $"{resolved.X} <= 0, which log x cannot take");
        Note(leftOut, benchmark, missingY, total, $"no {benchmark} score");
        return new BenchmarkData(benchmark, chance.Value, points.X, points.Y, points.Labels, points.GroupLabels(group), missingX + nonPositiveX + missingY)
        {
            X2 = points.X2,
            XRole = xColumn.Role,
            X2Role = sources[0].X2?.Role,
            Rows = points.Rows,
            ResampleGroups = points.ResampleUnits(group, table),
            LeftOut = leftOut,
            ChanceLevel = chance,
        };
    }

    /// <summary>The score columns behind a benchmark: itself, or the stacked PREFIX1..PREFIXn of a wide pass@k table.</summary>
    private static List<(double? K, LeaderboardColumn Y, LeaderboardColumn? X2)> Sources(Leaderboard table, AnalysisSpec spec, string benchmark)
    {
        var x2 = spec.X2 is null ? null : table.FindColumn(spec.X2) is { IsNumeric: true } c ? c : null;
        if (table.FindColumn(benchmark) is { IsNumeric: true } y)
        {
            return [(null, y, x2)];
        }

        return PassAtKLayout.FindColumns(table, benchmark).Select(p => ((double?)p.K, p.Column, (LeaderboardColumn?)null)).ToList();
    }

    private static void Note(List<string> notes, string benchmark, int count, int total, string why)
    {
        if (count > 0)
        {
            var rows = count == 1 ? "rows has" : "rows have"; // "1 of 21 rows has", "3 of 21 rows have"
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{benchmark}: {count} of {total} {rows} {why}; left out."));
        }
    }

    /// <summary>Point lists grown together, so every per-point list stays in step.</summary>
    private sealed class Points(bool withX2)
    {
        public List<double> X { get; } = [];

        public List<double> Y { get; } = [];

        public List<double>? X2 { get; } = withX2 ? [] : null;

        public List<string> Labels { get; } = [];

        public List<int> Rows { get; } = [];

        public void Add(int row, double x, double y, double x2, string label)
        {
            Rows.Add(row);
            X.Add(x);
            Y.Add(y);
            X2?.Add(x2);
            Labels.Add(label);
        }

        // Group texts are read from the column when asked for, not copied per point (see ComputedList).
        public ComputedList<string> GroupLabels(LeaderboardColumn? group) =>
            new ComputedList<string>(Rows.Count, i => Groups.Label(group, Rows[i]));

        public ComputedList<string> ResampleUnits(LeaderboardColumn? group, Leaderboard table) =>
            new ComputedList<string>(Rows.Count, i => Groups.ResampleUnit(group, Rows[i], table.ModelNames[Rows[i]]));
    }
}
