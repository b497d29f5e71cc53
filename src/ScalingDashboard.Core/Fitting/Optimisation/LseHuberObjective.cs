namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// Hoffmann et al.'s (2022) approach-3 objective with its analytic gradient: the sum over runs of
/// Huber(LSE(a - alpha ln N, b - beta ln D, e) - ln L), where LSE is log-sum-exp, so the model is
/// ln(A/N^alpha + B/D^beta + E) with a = ln A, b = ln B, e = ln E.
/// </summary>
/// <remarks>
/// The point is (a', b', e, alpha, beta) with centred intercepts a' = a - alpha mean(ln N) and b' = b - beta mean(ln D)
/// over centred logs: the same model, but without ln N ≈ 20 tying a to alpha, so L-BFGS needs a few dozen iterations
/// instead of hundreds. The gradient of LSE is the softmax of its terms: d/da' = s1, d/dalpha = -s1 t_N, and so on.
/// Each evaluation is one pass over plain arrays with two exponentials and one logarithm per run.
/// </remarks>
internal sealed class LseHuberObjective
{
    public const int Dimension = 5;

    private readonly double[] _centredLogN;
    private readonly double[] _centredLogD;
    private readonly double[] _logLoss;
    private readonly double _delta;

    public LseHuberObjective(double[] centredLogN, double[] centredLogD, double[] logLoss, double delta)
    {
        _centredLogN = centredLogN;
        _centredLogD = centredLogD;
        _logLoss = logLoss;
        _delta = delta;
    }

    /// <summary>The objective at <paramref name="p"/> = (a', b', e, alpha, beta), its gradient written to <paramref name="gradient"/>.</summary>
    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double a = p[0], b = p[1], alpha = p[3], beta = p[4];
        var floor = Math.Exp(p[2]);
        double loss = 0, ga = 0, gb = 0, ge = 0, galpha = 0, gbeta = 0;
        var delta = _delta;
        var tn = _centredLogN;
        var td = _centredLogD;
        var v = _logLoss;
        for (var i = 0; i < v.Length; i++)
        {
            // Plain exponentials rather than the max-shifted form: an overflow gives a non-finite objective, which the
            // line search rejects, and saves a third exponential per run.
            var w1 = Math.Exp(a - alpha * tn[i]);
            var w2 = Math.Exp(b - beta * td[i]);
            var sum = w1 + w2 + floor;
            var r = Math.Log(sum) - v[i];
            var abs = Math.Abs(r);
            double dr;
            if (abs <= delta)
            {
                loss += 0.5 * r * r;
                dr = r;
            }
            else
            {
                loss += delta * (abs - 0.5 * delta);
                dr = r > 0 ? delta : -delta;
            }

            var scale = dr / sum;
            var s1 = scale * w1;
            var s2 = scale * w2;
            ga += s1;
            gb += s2;
            ge += scale * floor;
            galpha -= s1 * tn[i];
            gbeta -= s2 * td[i];
        }

        gradient[0] = ga;
        gradient[1] = gb;
        gradient[2] = ge;
        gradient[3] = galpha;
        gradient[4] = gbeta;
        return loss;
    }
}
