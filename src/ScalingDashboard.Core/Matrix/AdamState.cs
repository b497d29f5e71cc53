namespace ScalingDashboard.Core.Matrix;

/// <summary>Adam's moment estimates for one parameter array (Kingma and Ba 2015, beta1 0.9, beta2 0.999, eps 1e-8).</summary>
internal sealed class AdamState(int length)
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    private readonly double[] _m = new double[length];
    private readonly double[] _v = new double[length];

    /// <summary>One step of size <paramref name="rate"/> at step number <paramref name="t"/> (from 1).</summary>
    public void Step(double[] parameters, double[] gradient, int t, double rate)
    {
        var correction1 = 1 - Math.Pow(Beta1, t);
        var correction2 = 1 - Math.Pow(Beta2, t);
        var stepSize = rate * Math.Sqrt(correction2) / correction1;
        for (var k = 0; k < parameters.Length; k++)
        {
            var g = gradient[k];
            _m[k] = (Beta1 * _m[k]) + ((1 - Beta1) * g);
            _v[k] = (Beta2 * _v[k]) + ((1 - Beta2) * g * g);
            parameters[k] -= stepSize * _m[k] / (Math.Sqrt(_v[k]) + Epsilon);
        }
    }
}
