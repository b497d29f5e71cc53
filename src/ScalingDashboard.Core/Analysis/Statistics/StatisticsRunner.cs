using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// Runs a <see cref="StatisticsSpec"/> on a table: the one path behind the Statistics page, its link and exports, and
/// the CLI's anova, tukey, correlate and gam commands. Pure apart from progress; heavy parts honour cancellation.
/// </summary>
public static class StatisticsRunner
{
    public static StatisticsResult Run(Leaderboard table, StatisticsSpec spec, StatisticsParts parts,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var resolved = StatisticsResolver.Resolve(table, spec);
        var groups = parts.HasFlag(StatisticsParts.Groups) ? CompareGroups(resolved, spec, progress, cancellationToken) : [];
        CorrelationMatrix? correlation = null;
        if (parts.HasFlag(StatisticsParts.Correlation))
        {
            progress?.Report("correlations");
            correlation = Correlation.Compute(
                resolved.Benchmarks.Select(b => b.Header).ToList(),
                resolved.Benchmarks.Select(b => (IReadOnlyList<double>)ColumnValues.AsWritten(b)).ToList(),
                spec.Correlation);
        }

        var model = parts.HasFlag(StatisticsParts.Model) ? MixedModelRun.Fit(resolved, spec.Model, progress, cancellationToken) : null;
        var embedding = parts.HasFlag(StatisticsParts.Embedding)
            ? EmbeddingRun.Build(table, resolved, spec.Embedding, progress, cancellationToken)
            : null;
        return new StatisticsResult(spec, resolved, groups, correlation, model, embedding);
    }

    private static List<GroupComparison> CompareGroups(ResolvedStatistics resolved, StatisticsSpec spec, IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var comparisons = new List<GroupComparison>();
        for (var b = 0; b < resolved.Benchmarks.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var benchmark = resolved.Benchmarks[b];
            progress?.Report($"ANOVA and Tukey HSD {b + 1}/{resolved.Benchmarks.Count} · {benchmark.Header}");
            var all = ColumnValues.AsWritten(benchmark);
            var values = new List<double>(all.Length);
            var labels = new List<string>(all.Length);
            for (var i = 0; i < all.Length; i++)
            {
                // A row without a group (outside every bracket, empty cell) is not part of the comparison.
                if (resolved.GroupOfRow[i] is { } group)
                {
                    values.Add(all[i]);
                    labels.Add(group);
                }
            }

            var tukey = TukeyHsd.Compute(values, labels, spec.Confidence);
            var significant = tukey.Anova.Problem is null && tukey.Anova.P < 1 - spec.Confidence;
            comparisons.Add(new GroupComparison(benchmark.Header, tukey.Anova, tukey, significant, all.Length - tukey.Anova.N));
        }

        return comparisons;
    }
}
