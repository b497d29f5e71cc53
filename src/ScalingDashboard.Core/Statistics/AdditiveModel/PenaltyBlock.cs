using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// One smoothing parameter's penalty: <paramref name="S"/> acts on the coefficients
/// <paramref name="Offset"/> .. <paramref name="Offset"/> + size - 1; <paramref name="LogDeterminant"/> is the log of
/// the product of its <paramref name="Rank"/> positive eigenvalues (enters the REML score).
/// </summary>
internal sealed record PenaltyBlock(int Offset, Matrix<double> S, int Rank, double LogDeterminant)
{
    public int Size => S.RowCount;
}
