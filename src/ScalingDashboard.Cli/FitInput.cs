using System.Globalization;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Data.Derived;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Cli;

/// <summary>The request built from the file's columns, with the column names for the report.</summary>
internal sealed record FitInput(
    FitRequest Request, string DataPath, string XColumn, string? X2Column, string YColumn, int RowCount, IReadOnlyList<string>? Families,
    int TableRowCount)
{
    /// <summary>
    /// The leaderboard row point <paramref name="point"/> of the request came from: the same index, except in the
    /// stacked pass@k layout, where the columns PREFIX1..PREFIXn follow one another over all rows.
    /// </summary>
    public int TableRow(int point) => point % TableRowCount;

    /// <summary>Builds the request, or returns a one-line reason the data cannot be fitted by <paramref name="form"/>.</summary>
    public static string? TryBuild(FitArguments args, IFitForm form, Leaderboard leaderboard, out FitInput? input)
    {
        input = null;
        if (args.X2Column is not null && !form.NeedsSecondInput())
        {
            return $"Form '{form.Id}' takes one x column; drop --x2 '{args.X2Column}'.";
        }

        if (args.X2Column is null && form is PassAtKForm && PassAtKLayout.FindColumns(leaderboard, args.YColumn).Count > 0)
        {
            return TryBuildWidePassAtK(args, leaderboard, out input);
        }

        if (args.X2Column is null && form is ITwoInputFitForm two)
        {
            return $"Form '{form.Id}' needs --x2: {two.SecondInputDescription}.";
        }

        double[]? x2 = null;
        if (args.X2Column is not null && TryColumn(leaderboard, args.X2Column, "--x2", out x2) is { } x2Problem)
        {
            return x2Problem;
        }

        var xProblem = TryColumn(leaderboard, args.XColumn, "--x", out var x);
        var yProblem = TryColumn(leaderboard, args.YColumn, "--y", out var y);
        if ((xProblem ?? yProblem) is { } problem)
        {
            return problem;
        }

        if (form.RequiresPositiveX)
        {
            // Silently dropping x <= 0 would fit fewer models than the user thinks; a log axis cannot hold them.
            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] <= 0 && double.IsFinite(y[i]))
                {
                    return string.Create(CultureInfo.InvariantCulture,
                        $"Column '{args.XColumn}' has non-positive value {x[i]:G6} at '{leaderboard.ModelNames[i]}'; form '{form.Id}' takes the log of x, so x must be > 0.");
                }

                if (x2 is not null && x2[i] <= 0 && double.IsFinite(y[i]))
                {
                    return string.Create(CultureInfo.InvariantCulture,
                        $"Column '{args.X2Column}' has non-positive value {x2[i]:G6} at '{leaderboard.ModelNames[i]}'; form '{form.Id}' takes its log, so it must be > 0.");
                }
            }
        }

        IReadOnlyList<string>? families = null;
        if (args.FamilyColumn is not null)
        {
            var column = leaderboard.FindColumn(args.FamilyColumn);
            if (column is null)
            {
                return $"No column '{args.FamilyColumn}' (--family). Columns: {string.Join(", ", leaderboard.Columns.Select(c => c.Header))}.";
            }

            // A missing family is its own family (by row name), not one big family of all unknowns.
            families = column.IsNumeric
                ? column.Numbers.Select((v, i) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "row:" + leaderboard.ModelNames[i]).ToArray()
                : column.Texts.Select((t, i) => string.IsNullOrEmpty(t) ? "row:" + leaderboard.ModelNames[i] : t).ToArray();
        }

        var request = new FitRequest(x, y)
        {
            Labels = leaderboard.ModelNames,
            X2 = x2,
            QRandom = args.QRandom,
            Margin = args.Margin ?? FitRequest.DefaultMargin,
        };
        input = new FitInput(request, args.DataPath, args.XColumn, args.X2Column, args.YColumn, leaderboard.RowCount, families, leaderboard.RowCount);
        return null;
    }

    /// <summary>Wide pass@k layout: --y is the prefix of the PREFIX1..PREFIXn columns, stacked into one row per model and k.</summary>
    private static string? TryBuildWidePassAtK(FitArguments args, Leaderboard leaderboard, out FitInput? input)
    {
        input = null;
        if (TryColumn(leaderboard, args.XColumn, "--x", out _) is { } problem)
        {
            return problem;
        }

        if (args.FamilyColumn is not null)
        {
            return "--family is not supported with stacked pass@k columns; use a long layout with --x2.";
        }

        var stacked = PassAtKLayout.Stack(leaderboard, leaderboard.FindColumn(args.XColumn)!, args.YColumn);
        var request = stacked with { QRandom = args.QRandom, Margin = args.Margin ?? FitRequest.DefaultMargin };
        input = new FitInput(request, args.DataPath, args.XColumn, "k (stacked)", args.YColumn + "k", request.X.Count, null, leaderboard.RowCount);
        return null;
    }

    /// <summary>The numbers of a column by header (missing cells as NaN), or a message listing the numeric columns.</summary>
    private static string? TryColumn(Leaderboard leaderboard, string header, string option, out double[] values)
    {
        values = [];
        var column = leaderboard.FindColumn(header);
        if (column is null || !column.IsNumeric)
        {
            var what = column is null ? "No column" : "Column";
            var tail = column is null ? "" : " is not numeric";
            var numeric = string.Join(", ", leaderboard.NumericColumns.Select(c => c.Header));
            return $"{what} '{header}' ({option}){tail}. Numeric columns: {numeric}.";
        }

        values = column.Numbers.Select(v => v ?? double.NaN).ToArray();
        return null;
    }
}
