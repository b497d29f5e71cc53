using System.Globalization;

namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// Tukey's honest significant difference test after a one-way ANOVA, following R's <c>TukeyHSD(aov(y ~ g))</c>:
/// levels in ordinal order; pairs (i &lt; j) named "gj-gi" with MeanDiff = mean(gj) - mean(gi), taken column by
/// column as R's lower triangle; Tukey-Kramer standard errors sqrt(MSE / 2 (1/ni + 1/nj)); intervals
/// MeanDiff -/+ qtukey(confidence, k, dfWithin) * se; p = ptukey(|diff| / se, k, dfWithin, upper tail).
/// </summary>
public static class TukeyHsd
{
    public static TukeyResult Compute(IReadOnlyList<double> values, IReadOnlyList<string> groups, double confidence = 0.95)
    {
        var anova = OneWayAnova.Compute(values, groups);
        var empty = new TukeyResult { QCritical = double.NaN, Pairs = [], Letters = [], Anova = anova };
        if (!(confidence > 0 && confidence < 1))
        {
            return empty with
            {
                Problem = string.Create(CultureInfo.InvariantCulture,
                    $"The confidence level must lie strictly between 0 and 1 (e.g. 0.95); got {confidence}."),
            };
        }

        if (anova.Problem is not null)
        {
            return empty with { Problem = anova.Problem };
        }

        if (anova.DfWithin < 2)
        {
            return empty with
            {
                Problem = "The studentized range needs at least 2 within-group degrees of freedom; add values to the groups.",
            };
        }

        var k = anova.Groups.Count;
        var distribution = StudentizedRangeDistribution.Tabulated(k, anova.DfWithin);
        var qCritical = distribution.Quantile(confidence);
        var alpha = 1 - confidence;
        var pairs = new List<TukeyPair>(k * (k - 1) / 2);
        for (var i = 0; i < k; i++)
        {
            var gi = anova.Groups[i];
            for (var j = i + 1; j < k; j++)
            {
                var gj = anova.Groups[j];
                var difference = gj.Mean - gi.Mean;
                var se = Math.Sqrt(anova.MsWithin / 2 * (1.0 / gi.Count + 1.0 / gj.Count));
                var p = distribution.UpperTail(Math.Abs(difference) / se);
                pairs.Add(new TukeyPair(gj.Name, gi.Name, difference, difference - qCritical * se, difference + qCritical * se,
                    p, p < alpha));
            }
        }

        return new TukeyResult
        {
            QCritical = qCritical, Pairs = pairs, Letters = CompactLetterDisplay.Assign(anova.Groups, pairs), Anova = anova,
        };
    }
}
