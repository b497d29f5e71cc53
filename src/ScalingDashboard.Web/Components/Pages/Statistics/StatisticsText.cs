using System.Globalization;
using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Web.Components.Pages.Statistics;

/// <summary>The page's plain-words readings of each result, beside the numbers (pure, so they are unit-tested).</summary>
public static class StatisticsText
{
    /// <summary>
    /// "0.0123", "3.2e-12", or "&lt; 1e-300 (log10 p = -412.3)" where a double underflows: never a bare 0. A p of 0
    /// without its logarithm is stated as the bound its computation resolves: 1e-15 for a tail taken as 1 - CDF (Tukey),
    /// <see cref="SmoothUnderflow"/> for the smooth's incomplete-beta tail, which is accurate down to underflow.
    /// </summary>
    public static string PValue(double p, double log10P, string underflow = "< 1e-15") =>
        double.IsNaN(p) ? "–"
        : p >= 1e-4 ? p.ToString("0.####", CultureInfo.InvariantCulture)
        : p > 1e-300 ? p.ToString("0.0e0", CultureInfo.InvariantCulture)
        : double.IsFinite(log10P) ? $"< 1e-300 (log10 p = {log10P.ToString("F1", CultureInfo.InvariantCulture)})" : underflow;

    public const string SmoothUnderflow = "< 1e-300";

    public static string Number(double value, string format = "G4") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Anova(GroupComparison c, double confidence)
    {
        var a = c.Anova;
        if (a.Problem is not null)
        {
            return a.Problem;
        }

        var level = Percent(1 - confidence);
        var verdict = c.Significant
            ? $"the mean {c.Benchmark} differs between these {a.Groups.Count} groups by more than chance explains at the {level} level"
            : $"no difference in mean {c.Benchmark} between these {a.Groups.Count} groups is detectable at the {level} level";
        return $"F({a.DfBetween}, {a.DfWithin}) = {Number(a.F)}, p {(a.P > 1e-300 ? "= " : "")}{PValue(a.P, a.Log10P)}: {verdict}.";
    }

    /// <summary>A note naming groups with a single model, or null: they count (as in R's aov) but say little.</summary>
    public static string? SingleModelGroups(GroupComparison c)
    {
        var single = c.Anova.Groups.Where(g => g.Count == 1).Select(g => g.Name).ToList();
        return single.Count == 0
            ? null
            : $"{Join(single)} {(single.Count == 1 ? "has" : "have")} a single model with a {c.Benchmark} score: "
              + "it counts in the ANOVA (as in R's aov) but its mean is one score, so its Tukey intervals are wide. "
              + "Merge it with a neighbouring group (wider brackets) or choose another grouping to compare it fairly.";
    }

    private static string Join(List<string> names) =>
        names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more groups";

    public static string Tukey(GroupComparison c, double confidence)
    {
        var t = c.Tukey;
        if (t.Problem is not null)
        {
            return t.Problem;
        }

        var differ = t.Pairs.Count(p => p.Reject);
        var intro = c.Significant ? "" : "The ANOVA finds no overall difference, so read these pairs with care. ";
        return $"{intro}{differ} of {t.Pairs.Count} pairs differ at {Percent(confidence)} family-wise confidence (Tukey-Kramer, critical q = {Number(t.QCritical)}). "
            + "Groups that share a letter are not significantly different.";
    }

    public static string Correlation(CorrelationMatrix m)
    {
        var pairs = new List<(double R, string A, string B)>();
        for (var i = 0; i < m.Names.Count; i++)
        {
            for (var j = i + 1; j < m.Names.Count; j++)
            {
                if (double.IsFinite(m.R[i][j]))
                {
                    pairs.Add((m.R[i][j], m.Names[i], m.Names[j]));
                }
            }
        }

        if (pairs.Count == 0)
        {
            return "No pair of benchmarks has three or more models scored on both.";
        }

        var strongest = pairs.MaxBy(p => Math.Abs(p.R));
        var weakest = pairs.MinBy(p => Math.Abs(p.R));
        var kind = m.Method == CorrelationMethod.Pearson ? "Pearson r" : "Spearman rho";
        return $"Strongest: {strongest.A} and {strongest.B} ({kind} = {Number(strongest.R, "F2")}); weakest: {weakest.A} and {weakest.B} ({Number(weakest.R, "F2")}). "
            + "Each cell uses the models scored on both benchmarks.";
    }

    public static string Model(MixedModelOutcome m)
    {
        var f = m.Fit;
        if (f.Problem is not null)
        {
            return f.Problem;
        }

        var shape = f.Edf < 1.5 ? "close to a straight line" : f.Edf < 3 ? "gently curved" : "clearly non-linear";
        var share = double.IsFinite(f.RandomEffectVariance)
            ? $" The random intercepts take {Percent(f.RandomEffectVariance / (f.RandomEffectVariance + f.ResidualVariance))} of the variance left after the smooth (variance {Number(f.RandomEffectVariance)} against residual {Number(f.ResidualVariance)})."
            : "";
        return $"{m.YLabel} as a smooth function of {m.XLabel}: edf {Number(f.Edf, "F2")} ({shape}; 1 would be a straight line), "
            + $"approximate p {PValue(f.SmoothP, double.NaN, SmoothUnderflow)}; deviance explained {Percent(f.DevianceExplained)}.{share}";
    }

    private static string Percent(double ratio) => (100 * ratio).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
