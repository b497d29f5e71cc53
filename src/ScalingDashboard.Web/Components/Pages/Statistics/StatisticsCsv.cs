using System.Globalization;
using System.Text;
using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Web.Components.Pages.Statistics;

/// <summary>
/// The Statistics page's tables as CSV. Cells from the user's file are quoted and guarded against spreadsheet formula
/// injection (a leading = + - @ gets a quote mark), as the Explorer's exports are.
/// </summary>
public static class StatisticsCsv
{
    public static string Anova(IReadOnlyList<GroupComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var text = new StringBuilder("benchmark,groups,n,left_out,ss_between,ss_within,df_between,df_within,ms_between,ms_within,f,p,log10_p,significant\n");
        foreach (var c in comparisons)
        {
            var a = c.Anova;
            text.AppendLine(string.Join(',', Cell(c.Benchmark), Whole(a.Groups.Count), Whole(a.N), Whole(c.LeftOut), Real(a.SsBetween), Real(a.SsWithin),
                Whole(a.DfBetween), Whole(a.DfWithin), Real(a.MsBetween), Real(a.MsWithin), Real(a.F), Real(a.P), Real(a.Log10P), c.Significant ? "true" : "false"));
        }

        return text.ToString();
    }

    public static string Tukey(GroupComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder("benchmark,group1,group2,mean_diff,lower,upper,p_adj,reject,q_critical\n");
        foreach (var p in comparison.Tukey.Pairs)
        {
            text.AppendLine(string.Join(',', Cell(comparison.Benchmark), Cell(p.Group1), Cell(p.Group2), Real(p.MeanDiff), Real(p.Lower), Real(p.Upper),
                Real(p.PAdj), p.Reject ? "true" : "false", Real(comparison.Tukey.QCritical)));
        }

        return text.ToString();
    }

    public static string Correlation(CorrelationMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var text = new StringBuilder(string.Join(',', matrix.Names.Select(Cell).Prepend("benchmark"))).Append('\n');
        for (var i = 0; i < matrix.Names.Count; i++)
        {
            text.AppendLine(string.Join(',', matrix.R[i].Select(Real).Prepend(Cell(matrix.Names[i]))));
        }

        return text.ToString();
    }

    /// <summary>A text cell: quoted, quotes doubled, a leading formula character neutralised.</summary>
    internal static string Cell(string text)
    {
        var safe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Real(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
