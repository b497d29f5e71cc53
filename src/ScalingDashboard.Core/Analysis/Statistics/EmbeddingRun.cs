using System.Globalization;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Statistics.Embedding;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// Places every model with a complete benchmark vector on a 2-D map: PCA of the standardised scores, or t-SNE of the
/// same standardised scores (so a benchmark scored 0-100 does not outweigh one scored 0-1).
/// </summary>
internal static class EmbeddingRun
{
    public static EmbeddingOutcome Build(Leaderboard table, ResolvedStatistics resolved, EmbeddingSpec spec, IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        if (resolved.Benchmarks.Count < 2)
        {
            return Empty(0, "A map needs at least two benchmarks; choose more score columns.");
        }

        var columns = resolved.Benchmarks.Select(ColumnValues.AsWritten).ToArray();
        var rows = new List<double[]>();
        var used = new List<int>();
        for (var i = 0; i < table.RowCount; i++)
        {
            var row = columns.Select(c => c[i]).ToArray();
            if (row.All(double.IsFinite))
            {
                rows.Add(row);
                used.Add(i);
            }
        }

        var leftOut = table.RowCount - rows.Count;
        var matrix = rows.ToArray();
        string[] titles;
        double[][] coordinates;
        string description;
        if (spec.Method == EmbeddingMethod.Pca)
        {
            progress?.Report($"PCA of {rows.Count} models");
            var pca = Pca.Compute(matrix, standardise: true);
            if (pca.Problem is not null)
            {
                return Empty(leftOut, pca.Problem);
            }

            coordinates = pca.Scores;
            titles = [AxisTitle(1, pca.ExplainedVarianceRatio[0]), AxisTitle(2, pca.ExplainedVarianceRatio[1])];
            description = $"PCA of {resolved.Benchmarks.Count} standardised benchmarks; the two axes explain "
                + Percent(pca.ExplainedVarianceRatio[0] + pca.ExplainedVarianceRatio[1]) + " of the variance.";
        }
        else
        {
            var options = new TsneOptions { Perplexity = spec.Perplexity, Seed = spec.Seed };
            var report = progress is null ? null : new Progress<TsneProgress>(p => progress.Report($"t-SNE iteration {p.Iteration}/{p.Total}"));
            var tsne = Tsne.Compute(Standardise(matrix), options, report, cancellationToken);
            if (tsne.Problem is not null)
            {
                return Empty(leftOut, tsne.Problem);
            }

            coordinates = tsne.Embedding;
            titles = ["t-SNE 1", "t-SNE 2"];
            description = $"t-SNE (perplexity {spec.Perplexity.ToString(CultureInfo.InvariantCulture)}, seed {spec.Seed}) of "
                + $"{resolved.Benchmarks.Count} standardised benchmarks; KL divergence {tsne.KlDivergence.ToString("G3", CultureInfo.InvariantCulture)}. "
                + "Distances between clusters on a t-SNE map are not meaningful, only which models sit together.";
        }

        var points = new EmbeddingPoint[used.Count];
        for (var k = 0; k < used.Count; k++)
        {
            var i = used[k];
            var colour = resolved.Colour is { } c ? (resolved.Colour == resolved.GroupColumn ? resolved.GroupOfRow[i] : ColumnValues.Text(c, i)) : null;
            points[k] = new EmbeddingPoint(table.ModelNames[i], coordinates[k][0], coordinates[k][1], colour ?? Groups.None);
        }

        return new EmbeddingOutcome(points, titles[0], titles[1], description, leftOut, null);
    }

    private static EmbeddingOutcome Empty(int leftOut, string problem) => new([], "", "", "", leftOut, problem);

    private static string AxisTitle(int component, double ratio) => $"PC{component} ({Percent(ratio)} of variance)";

    private static string Percent(double ratio) => (100 * ratio).ToString("F0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Each column to mean 0 and standard deviation 1 (a constant column to 0, carrying no distance).</summary>
    private static double[][] Standardise(double[][] rows)
    {
        if (rows.Length == 0)
        {
            return rows;
        }

        var p = rows[0].Length;
        var result = rows.Select(r => (double[])r.Clone()).ToArray();
        for (var j = 0; j < p; j++)
        {
            var mean = rows.Average(r => r[j]);
            var sd = Math.Sqrt(rows.Sum(r => (r[j] - mean) * (r[j] - mean)) / Math.Max(1, rows.Length - 1));
            foreach (var r in result)
            {
                r[j] = sd > 0 ? (r[j] - mean) / sd : 0;
            }
        }

        return result;
    }
}
