using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Data.Derived;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Analysis;

/// <summary>Fills an analysis's defaults in against a table, saying in plain words what it could not use.</summary>
public static class AnalysisResolver
{
    /// <summary>Header of the Appendix K average, the same in every face (a link, an export, the CLI).</summary>
    public const string AverageHeader = "normalised-average";

    public static ResolvedAnalysis Resolve(Leaderboard table, AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<string>();
        var forms = new List<IFitForm>();
        foreach (var id in spec.Forms)
        {
            if (FitFormRegistry.Default.TryGet(id, out var form))
            {
                forms.Add(form);
            }
            else
            {
                problems.Add($"There is no fit form '{MessageText.OneLine(id)}'; known forms: {string.Join(", ", FitFormRegistry.Default.Ids)}.");
            }
        }

        var benchmarks = new List<string>();
        foreach (var name in spec.Benchmarks)
        {
            if (table.FindColumn(name) is { IsNumeric: true } column)
            {
                benchmarks.Add(column.Header);
            }
            else if (forms.Any(f => f is PassAtKForm) && spec.X2 is null && PassAtKLayout.FindColumns(table, name).Count > 0)
            {
                // The wide pass@k layout: the name is the prefix of PREFIX1..PREFIXn, stacked into one benchmark.
                benchmarks.Add(name);
            }
            else
            {
                problems.Add($"This table has no numeric column '{MessageText.OneLine(name)}'; it was left out.");
            }
        }

        if (benchmarks.Count == 0)
        {
            var candidates = table.ScoreColumns.Count > 0 ? table.ScoreColumns : table.NumericColumns;
            if (candidates.Count > 0)
            {
                benchmarks.Add(candidates[0].Header);
            }
        }

        if (spec.SizeBenchmark is { } sizeBenchmark && benchmarks.Count > 0 && !benchmarks.Contains(sizeBenchmark, StringComparer.Ordinal))
        {
            problems.Add($"The size view's benchmark '{MessageText.OneLine(sizeBenchmark)}' is not among the selected ones; it shows {benchmarks[0]}.");
        }

        string? x = null;
        if (spec.X is not null)
        {
            x = table.FindColumn(spec.X) is { IsNumeric: true } column ? column.Header : null;
            if (x is null)
            {
                problems.Add($"This table has no numeric column '{MessageText.OneLine(spec.X)}' for the x axis; using the default.");
            }
        }

        x ??= DefaultX(table)?.Header;
        if (spec.X2 is not null && table.FindColumn(spec.X2) is not { IsNumeric: true })
        {
            problems.Add($"This table has no numeric column '{MessageText.OneLine(spec.X2)}' for the second x.");
        }

        if (spec.GroupBy is not null && table.FindColumn(spec.GroupBy) is null)
        {
            problems.Add($"This table has no column '{MessageText.OneLine(spec.GroupBy)}' to group by; runs are not grouped.");
        }

        var chance = benchmarks.ToDictionary(b => b, b => ChanceLevelOf(table, spec, b, x, problems), StringComparer.Ordinal);
        if (spec.Average || forms.Exists(UsesChanceLevel))
        {
            // A 0 nobody chose moves these fits, so it is said; a log-linear fit alone never reads it.
            problems.AddRange(chance.Where(c => c.Value.Source == ChanceLevelSource.Unknown)
                .Select(c => $"{c.Key}: no known chance level; Qrandom 0 assumed; set it with qr={c.Key}:V."));
        }

        RowCondition? holdout = null;
        if (!string.IsNullOrWhiteSpace(spec.Holdout.Condition))
        {
            holdout = RowCondition.TryParse(spec.Holdout.Condition, table, out var error);
            if (holdout is null)
            {
                problems.Add($"Validate where: {MessageText.OneLine(error ?? "")} The threshold applies instead.");
            }
        }

        return new ResolvedAnalysis(benchmarks, x, forms, chance, problems) { Holdout = holdout };
    }

    /// <summary>
    /// Appendix K: when asked and at least two benchmarks are resolved, adds the mean of their Eq 3-normalised scores
    /// (rows with any benchmark under Qrandom + margin left out, as in the seed) as one more benchmark, Qrandom 0.
    /// </summary>
    public static (Leaderboard Table, ResolvedAnalysis Resolved) WithAverage(Leaderboard table, ResolvedAnalysis resolved, AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(spec);
        var columns = resolved.Benchmarks.Where(b => table.FindColumn(b) is { IsNumeric: true }).ToList();
        if (!spec.Average || columns.Count < 2 || table.FindColumn(AverageHeader) is not null)
        {
            return (table, resolved);
        }

        var extended = BenchmarkAverage.AddColumn(table, AverageHeader, columns.Select(b => (b, resolved.ChanceLevels[b].Value)).ToList(), spec.Margin);
        var chance = new Dictionary<string, ChanceLevel>(resolved.ChanceLevels, StringComparer.Ordinal)
        {
            [AverageHeader] = new ChanceLevel(0, ChanceLevelSource.Set, "0: the average is of scores already normalised (Eq 3)"),
        };
        return (extended, resolved with { Benchmarks = [.. resolved.Benchmarks, AverageHeader], ChanceLevels = chance });
    }

    private static ChanceLevel ChanceLevelOf(Leaderboard table, AnalysisSpec spec, string benchmark, string? x, List<string> problems)
    {
        switch (spec.ChanceLevelFor(benchmark))
        {
            case { Value: { } value }:
                return ChanceLevels.Set(value);
            case { Value: null }:
                var xColumn = x is null ? null : table.FindColumn(x);
                if (xColumn is { Role: ColumnRole.TrainingFlops } && table.FindColumn(benchmark) is { IsNumeric: true } score
                    && ChanceLevels.EstimateFromWeakRuns(Values(xColumn), Values(score)) is { } estimate)
                {
                    return estimate;
                }

                problems.Add($"{benchmark}: no run under 1e17 training FLOPs to estimate the chance level from; using the default.");
                break;
        }

        return ChanceLevels.Default(benchmark);
    }

    /// <summary>
    /// The forms Qrandom changes: those with Qrandom among their parameters (Eq 3 normalises by it) and those that only
    /// fit points above it (BNSL, pass@k).
    /// </summary>
    private static bool UsesChanceLevel(IFitForm form) =>
        form is BnslForm or PassAtKForm || form.Parameters.Any(p => p.Name == LogAccuracyPowerLawForm.QRandomName);

    private static double[] Values(LeaderboardColumn column) => column.Numbers.Select(v => v ?? double.NaN).ToArray();

    private static LeaderboardColumn? DefaultX(Leaderboard table) =>
        table.FindColumn(ColumnRole.TrainingFlops) ?? table.FindColumn(ColumnRole.Parameters)
        ?? table.FindColumn(ColumnRole.TrainingTokens) ?? table.NumericColumns.FirstOrDefault(c => c.Role != ColumnRole.Score);
}
