using System.Globalization;
using System.Text;
using ScalingDashboard.Core.Analysis.Statistics;

namespace ScalingDashboard.Cli;

/// <summary>The plain-text summaries of the statistics commands (without --json): the numbers a reader looks for first.</summary>
internal static class StatisticsText
{
    public static string Summary(string verb, StatisticsResult result) => verb switch
    {
        "correlate" => Correlation(result),
        "gam" => Model(result),
        _ => Groups(result, verb == "tukey"),
    };

    private static string Groups(StatisticsResult result, bool tukey)
    {
        var c = result.Groups[0];
        var a = c.Anova;
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{c.Benchmark} by {result.Resolved.GroupingDescription}"));
        text.AppendLine(Invariant($"one-way ANOVA: F({a.DfBetween}, {a.DfWithin}) = {a.F:G6}, p {PValue(a.P, a.Log10P)}; {a.N} rows, {c.LeftOut} left out"));
        if (tukey)
        {
            text.AppendLine(Invariant($"Tukey HSD at {result.Spec.Confidence:P0} family-wise confidence (q critical {c.Tukey.QCritical:G5}):"));
            foreach (var p in c.Tukey.Pairs)
            {
                text.AppendLine(Invariant($"  {p.Group1}-{p.Group2}: diff {p.MeanDiff:G5} [{p.Lower:G5}, {p.Upper:G5}] p adj {PValue(p.PAdj, double.NaN)}{(p.Reject ? " *" : "")}"));
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Correlation(StatisticsResult result)
    {
        var m = result.Correlation!;
        var text = new StringBuilder();
        text.AppendLine(string.Join("\t", m.Names.Prepend("")));
        for (var i = 0; i < m.Names.Count; i++)
        {
            text.AppendLine(string.Join("\t", m.R[i].Select(r => r.ToString("F3", CultureInfo.InvariantCulture)).Prepend(m.Names[i])));
        }

        return text.ToString().TrimEnd();
    }

    private static string Model(StatisticsResult result)
    {
        var m = result.Model!;
        var f = m.Fit;
        return Invariant($"{m.Formula}\nedf {f.Edf:F2}, smooth p {PValue(f.SmoothP, double.NaN, SmoothUnderflow)}; random-effect variance {f.RandomEffectVariance:G4}, residual variance {f.ResidualVariance:G4}; deviance explained {f.DevianceExplained:P1}; {f.N} rows, {f.LeftOut} left out");
    }

    /// <summary>
    /// "= 0.0123", or "&lt; 1e-300 (log10 p = -412.3)" where a double would underflow to 0: never a bare 0. A p of 0
    /// without its logarithm is stated as the bound its computation resolves: 1e-15 for a tail taken as 1 - CDF (Tukey),
    /// <see cref="SmoothUnderflow"/> for the smooth's incomplete-beta tail, which is accurate down to underflow.
    /// </summary>
    public static string PValue(double p, double log10P, string underflow = "< 1e-15") =>
        double.IsNaN(p) ? "= –"
        : p > 1e-300 ? "= " + p.ToString("G3", CultureInfo.InvariantCulture)
        : double.IsFinite(log10P) ? Invariant($"< 1e-300 (log10 p = {log10P:F1})")
        : underflow;

    public const string SmoothUnderflow = "< 1e-300";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
