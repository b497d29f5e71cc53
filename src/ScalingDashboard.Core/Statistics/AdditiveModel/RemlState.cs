using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// The penalised least-squares fit at given log smoothing parameters ρ and mgcv's REML score with the scale profiled
/// out, with its exact gradient and Hessian in ρ. With <c>A = X'X + Σ λ_j S_j</c>, <c>β = A⁻¹X'y</c> and
/// <c>D = |y - Xβ|² + β'S_λβ = y'y - β'X'y</c>:
/// <c>V = (n-Mp)/2 · (1 + log(2π D/(n-Mp))) + ½ log|A| - ½ log|S_λ|₊</c>, where the penalties act on disjoint
/// blocks so <c>log|S_λ|₊ = Σ r_j ρ_j + log|S_j|₊</c>. Envelope theorem: <c>∂D/∂ρ_j = λ_j β'S_jβ</c>.
/// </summary>
internal sealed class RemlState
{
    public RemlState(PenalizedDesign design, int n, double[] rho)
    {
        Rho = rho;
        var penalties = design.Penalties;
        var a = design.CrossProduct.Clone();
        for (var j = 0; j < penalties.Count; j++)
        {
            var block = penalties[j];
            var lambda = Math.Exp(rho[j]);
            for (var r = 0; r < block.Size; r++)
            {
                for (var c = 0; c < block.Size; c++)
                {
                    a[block.Offset + r, block.Offset + c] += lambda * block.S[r, c];
                }
            }
        }

        var cholesky = a.Cholesky();
        Inverse = cholesky.Solve(Matrix<double>.Build.DenseIdentity(a.RowCount));
        Beta = cholesky.Solve(design.XtY);
        PenalisedDeviance = Math.Max(design.YtY - Beta.DotProduct(design.XtY), 1e-300);
        ResidualDf = n - design.NullSpaceDimension;
        Scale = PenalisedDeviance / ResidualDf;
        var logDetS = penalties.Select((p, j) => (p.Rank * rho[j]) + p.LogDeterminant).Sum();
        Score = (ResidualDf / 2.0 * (1 + Math.Log(2 * Math.PI * Scale))) + (cholesky.DeterminantLn / 2) - (logDetS / 2);
        (Gradient, Hessian) = Derivatives(penalties, rho);
    }

    public double[] Rho { get; }

    public Matrix<double> Inverse { get; }

    public Vector<double> Beta { get; }

    public double PenalisedDeviance { get; }

    /// <summary>n minus the unpenalised dimension: the denominator of the scale estimate.</summary>
    public double ResidualDf { get; }

    public double Scale { get; }

    public double Score { get; }

    public double[] Gradient { get; }

    public Matrix<double> Hessian { get; }

    private (double[] Gradient, Matrix<double> Hessian) Derivatives(List<PenaltyBlock> penalties, double[] rho)
    {
        var m = penalties.Count;
        var sBeta = new Vector<double>[m];  // S_j β on block j
        var aInvS = new Matrix<double>[m];  // A⁻¹ S_j: p x size_j (columns of block j)
        var dev = new double[m];             // λ_j β'S_jβ
        var trace = new double[m];           // λ_j tr(A⁻¹S_j)
        for (var j = 0; j < m; j++)
        {
            var block = penalties[j];
            var lambda = Math.Exp(rho[j]);
            sBeta[j] = block.S * Beta.SubVector(block.Offset, block.Size);
            aInvS[j] = Inverse.SubMatrix(0, Inverse.RowCount, block.Offset, block.Size) * block.S;
            dev[j] = lambda * Beta.SubVector(block.Offset, block.Size).DotProduct(sBeta[j]);
            trace[j] = lambda * Enumerable.Range(0, block.Size).Sum(i => aInvS[j][block.Offset + i, i]);
        }

        var half = ResidualDf / 2;
        var d = PenalisedDeviance;
        var gradient = new double[m];
        var hessian = Matrix<double>.Build.Dense(m, m);
        for (var j = 0; j < m; j++)
        {
            gradient[j] = (half * dev[j] / d) + (trace[j] / 2) - (penalties[j].Rank / 2.0);
            for (var k = 0; k <= j; k++)
            {
                var lambdas = Math.Exp(rho[j] + rho[k]);
                var bj = penalties[j];
                var bk = penalties[k];

                // β'S_j A⁻¹ S_k β and tr(A⁻¹S_k A⁻¹S_j) from the block columns of A⁻¹S.
                var cross = sBeta[j].DotProduct(aInvS[k].SubMatrix(bj.Offset, bj.Size, 0, bk.Size) * sBeta[k]);
                var traceProduct = (aInvS[k].SubMatrix(bj.Offset, bj.Size, 0, bk.Size)
                    * aInvS[j].SubMatrix(bk.Offset, bk.Size, 0, bj.Size)).Trace();
                var same = j == k ? 1 : 0;
                var value = (half * ((((same * dev[j]) - (2 * lambdas * cross)) / d) - (dev[j] * dev[k] / (d * d))))
                    + (((same * trace[j]) - (lambdas * traceProduct)) / 2);
                hessian[j, k] = hessian[k, j] = value;
            }
        }

        return (gradient, hessian);
    }
}
