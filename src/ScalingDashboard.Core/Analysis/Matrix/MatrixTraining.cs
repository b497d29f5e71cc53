using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>Trains the spec's method on a set of cells: the one switch from <see cref="MatrixMethod"/> to the numerics.</summary>
internal static class MatrixTraining
{
    public static ICompletionModel Train(ScoreMatrix matrix, IReadOnlyList<MatrixCell> cells, MatrixMethod method, TrainingSettings settings,
        Action<int>? onEpoch, CancellationToken cancellationToken) => method switch
        {
            MatrixMethod.Mf => MatrixFactorization.Train(matrix, cells, settings, onEpoch, cancellationToken),
            MatrixMethod.Ncf => NeuralCollaborativeFiltering.Train(matrix, cells, NcfInputs.Ids, settings, onEpoch, cancellationToken),
            MatrixMethod.NcfFactors => NeuralCollaborativeFiltering.Train(matrix, cells, NcfInputs.IdsAndFactors, settings, onEpoch, cancellationToken),
            _ => NeuralCollaborativeFiltering.Train(matrix, cells, NcfInputs.FactorsOnly, settings, onEpoch, cancellationToken),
        };
}
