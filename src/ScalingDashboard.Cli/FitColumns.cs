using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Data.Derived;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Cli;

/// <summary>
/// The column options of <c>fit</c> (<c>--x</c>, <c>--y</c>, <c>--x2</c>, ...) as an <see cref="AnalysisSpec"/>, so
/// they run through the same analysis as a link; and the checks that name a missing column in the CLI's own words.
/// </summary>
internal static class FitColumns
{
    public static AnalysisSpec ToSpec(FitArguments args, Leaderboard table)
    {
        var average = args.Average.Count > 0;
        var benchmarks = average ? args.Average.Select(a => a.Header).ToList() : [args.YColumn];
        var spec = new AnalysisSpec
        {
            Benchmarks = ValueList.From(benchmarks),
            Average = average,
            X = args.XColumn,
            X2 = args.X2Column,
            Forms = [args.FormId],
            Margin = args.Margin ?? AnalysisSpec.DefaultMargin,
            Holdout = new HoldoutRule { Threshold = args.HoldoutAbove, Condition = args.HoldoutWhere, TrainMin = args.TrainMin },
            GroupBy = args.FamilyColumn is null ? null : table.FindColumn(args.FamilyColumn)?.Header,
            Bootstrap = new BootstrapSettings { Resamples = args.Bootstrap, Seed = args.Seed },
            Invert = ValueList.From(args.Invert),
        };
        foreach (var (header, chance) in args.Average)
        {
            spec = spec.WithChanceLevel(table.FindColumn(header)!.Header, chance);
        }

        return args.QRandom is { } q && !average ? spec.WithChanceLevel(table.FindColumn(args.YColumn)?.Header ?? args.YColumn, q) : spec;
    }

    /// <summary>A one-line reason the columns do not fit the form, or null.</summary>
    public static string? Check(FitArguments args, IFitForm form, Leaderboard table)
    {
        if (args.X2Column is not null && !form.NeedsSecondInput())
        {
            return $"Form '{form.Id}' takes one x column; drop --x2 '{args.X2Column}'.";
        }

        foreach (var (header, _) in args.Average)
        {
            if (table.FindColumn(header) is not { IsNumeric: true })
            {
                return $"No numeric column '{header}' (--average). Numeric columns: {Numeric(table)}.";
            }
        }

        var widePassAtK = args.X2Column is null && form is PassAtKForm && PassAtKLayout.FindColumns(table, args.YColumn).Count > 0;
        if (args.X2Column is null && form is ITwoInputFitForm two && !widePassAtK)
        {
            return $"Form '{form.Id}' needs --x2: {two.SecondInputDescription}.";
        }

        if (widePassAtK && args.FamilyColumn is not null)
        {
            return "--family is not supported with stacked pass@k columns; use a long layout with --x2.";
        }

        var problem = Column(table, args.XColumn, "--x") ?? (args.X2Column is null ? null : Column(table, args.X2Column, "--x2"));
        problem ??= args.Average.Count > 0 || widePassAtK ? null : Column(table, args.YColumn, "--y");
        if (problem is null && args.FamilyColumn is not null && table.FindColumn(args.FamilyColumn) is null)
        {
            problem = $"No column '{args.FamilyColumn}' (--family). Columns: {string.Join(", ", table.Columns.Select(c => c.Header))}.";
        }

        return problem;
    }

    private static string? Column(Leaderboard table, string header, string option)
    {
        var column = table.FindColumn(header);
        if (column is { IsNumeric: true })
        {
            return null;
        }

        var what = column is null ? "No column" : "Column";
        var tail = column is null ? "" : " is not numeric";
        return $"{what} '{header}' ({option}){tail}. Numeric columns: {Numeric(table)}.";
    }

    private static string Numeric(Leaderboard table) => string.Join(", ", table.NumericColumns.Select(c => c.Header));
}
