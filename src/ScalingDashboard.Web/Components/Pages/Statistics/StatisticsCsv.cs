using System.Globalization;
using System.Text;
using ScalingDashboard.Web.Components.Exports;
using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Web.Components.Pages.Statistics;

/// <summary>
/// The Statistics page's tables as CSV. Cells from the user's file go through <see cref="CsvField"/>: quoted where
/// needed and guarded against spreadsheet formula injection, as every export is.
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
            text.AppendLine(string.Join(',', CsvField.Text(c.Benchmark), Whole(a.Groups.Count), Whole(a.N), Whole(c.LeftOut), Real(a.SsBetween), Real(a.SsWithin),
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
            text.AppendLine(string.Join(',', CsvField.Text(comparison.Benchmark), CsvField.Text(p.Group1), CsvField.Text(p.Group2), Real(p.MeanDiff), Real(p.Lower), Real(p.Upper),
                Real(p.PAdj), p.Reject ? "true" : "false", Real(comparison.Tukey.QCritical)));
        }

        return text.ToString();
    }

    public static string Correlation(CorrelationMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var text = new StringBuilder(string.Join(',', matrix.Names.Select(CsvField.Text).Prepend("benchmark"))).Append('\n');
        for (var i = 0; i < matrix.Names.Count; i++)
        {
            text.AppendLine(string.Join(',', matrix.R[i].Select(Real).Prepend(CsvField.Text(matrix.Names[i]))));
        }

        return text.ToString();
    }

    private static string Real(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
