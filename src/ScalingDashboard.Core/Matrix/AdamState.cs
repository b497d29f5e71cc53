namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// Adam's moment estimates for one parameter array (Kingma and Ba 2015, beta1 0.9, beta2 0.999, eps 1e-8). Embedding
/// tables are stepped only in the rows a mini-batch touched (as PyTorch's SparseAdam does): stepping every row of a
/// 7,000-model table after every batch of 32 cells would cost minutes per run instead of seconds.
/// </summary>
internal sealed class AdamState(int length)
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    private readonly double[] _m = new double[length];
    private readonly double[] _v = new double[length];

    /// <summary>One step of size <paramref name="rate"/> at step number <paramref name="t"/> (from 1) on every entry.</summary>
    public void Step(double[] parameters, double[] gradient, int t, double rate)
    {
        var stepSize = StepSize(t, rate);
        for (var k = 0; k < parameters.Length; k++)
        {
            Update(parameters, gradient, k, stepSize);
        }
    }

    /// <summary>The same step on the given rows of a table <paramref name="width"/> entries wide.</summary>
    public void StepRows(double[] parameters, double[] gradient, TouchedRows rows, int width, int t, double rate)
    {
        var stepSize = StepSize(t, rate);
        foreach (var row in rows.Rows)
        {
            for (var k = row * width; k < (row + 1) * width; k++)
            {
                Update(parameters, gradient, k, stepSize);
            }
        }
    }

    private static double StepSize(int t, double rate) => rate * Math.Sqrt(1 - Math.Pow(Beta2, t)) / (1 - Math.Pow(Beta1, t));

    private void Update(double[] parameters, double[] gradient, int k, double stepSize)
    {
        var g = gradient[k];
        _m[k] = (Beta1 * _m[k]) + ((1 - Beta1) * g);
        _v[k] = (Beta2 * _v[k]) + ((1 - Beta2) * g * g);
        parameters[k] -= stepSize * _m[k] / (Math.Sqrt(_v[k]) + Epsilon);
    }
}
