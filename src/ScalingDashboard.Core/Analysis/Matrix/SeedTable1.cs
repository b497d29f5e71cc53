using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// The seed's Table 1 (seed 001: CPP on its 72 x 29 matrix, mean over seeds; rank shares as fractions), for a face to
/// show beside this dashboard's own figures. They use the seed's terse rank definitions (Appendix C.1) and its own
/// splits and training, and do not reproduce under <see cref="RankMetrics"/>' precise definition (issue 11): there, on
/// the same matrix, MF reaches an MSE of about 5e-3 (the seed: 2.16e-2) and an MAE@2 of about 52% (the seed: 83%).
/// </summary>
public static class SeedTable1
{
    public const string Definition = "seed 001, Table 1: the paper's own splits and its Appendix C.1 rank definitions";

    /// <summary>Rows in the seed's order; <see cref="CompletionMetrics.Count"/> is 0 (the seed does not give it).</summary>
    public static IReadOnlyList<(MatrixMethod Method, string Label, CompletionMetrics Metrics)> Rows { get; } =
    [
        (MatrixMethod.Mf, "Matrix Factorization", new CompletionMetrics(0, 2.16e-2, 9.47e-2, 0.4433, 0.8316)),
        (MatrixMethod.Ncf, "Neural Collaborative Filtering", new CompletionMetrics(0, 1.58e-2, 8.94e-2, 0.4176, 0.8498)),
        (MatrixMethod.NcfFactors, "+ Factor Enhanced", new CompletionMetrics(0, 1.25e-2, 7.88e-2, 0.4545, 0.8454)),
        (MatrixMethod.FactorsOnly, "Only Factor", new CompletionMetrics(0, 1.75e-2, 8.57e-2, 0.3347, 0.8408)),
    ];
}
