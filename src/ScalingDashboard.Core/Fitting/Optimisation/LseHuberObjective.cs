using System.Runtime.Intrinsics;

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
/// Each evaluation is one pass over plain arrays with two exponentials and one logarithm per run, four runs at a time.
/// </remarks>
internal sealed class LseHuberObjective(double[] centredLogN, double[] centredLogD, double[] logLoss, double delta)
{
    public const int Dimension = 5;

    /// <summary>The objective at <paramref name="p"/> = (a', b', e, alpha, beta), its gradient written to <paramref name="gradient"/>.</summary>
    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double a = p[0], b = p[1], alpha = p[3], beta = p[4];
        var floor = Math.Exp(p[2]);
        var tn = centredLogN;
        var td = centredLogD;
        var v = logLoss;

        // Four runs at a time (AVX2): the exponentials and logarithm dominate, and the vector versions do four for
        // about the price of one. The runs that do not fill a vector go through the same arithmetic one by one.
        var sums = Vector256<double>.Zero;
        var vga = Vector256<double>.Zero;
        var vgb = Vector256<double>.Zero;
        var vge = Vector256<double>.Zero;
        var vgalpha = Vector256<double>.Zero;
        var vgbeta = Vector256<double>.Zero;
        var va = Vector256.Create(a);
        var vb = Vector256.Create(b);
        var valpha = Vector256.Create(alpha);
        var vbeta = Vector256.Create(beta);
        var vfloor = Vector256.Create(floor);
        var vdelta = Vector256.Create(delta);
        var vminus = Vector256.Create(-delta);
        var half = Vector256.Create(0.5);
        var i = 0;
        for (; i <= v.Length - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            var n = Vector256.Create(tn, i);
            var d = Vector256.Create(td, i);
            var w1 = Vector256.Exp(va - (valpha * n));
            var w2 = Vector256.Exp(vb - (vbeta * d));
            var sum = w1 + w2 + vfloor;
            var r = Vector256.Log(sum) - Vector256.Create(v, i);
            var abs = Vector256.Abs(r);
            var inside = Vector256.LessThanOrEqual(abs, vdelta);
            sums += Vector256.ConditionalSelect(inside, half * r * r, vdelta * (abs - (half * vdelta)));
            // The Huber derivative is the residual clamped to [-delta, delta].
            var scale = Vector256.Min(Vector256.Max(r, vminus), vdelta) / sum;
            var s1 = scale * w1;
            var s2 = scale * w2;
            vga += s1;
            vgb += s2;
            vge += scale;
            vgalpha -= s1 * n;
            vgbeta -= s2 * d;
        }

        double loss = Vector256.Sum(sums), ga = Vector256.Sum(vga), gb = Vector256.Sum(vgb), ge = Vector256.Sum(vge) * floor;
        double galpha = Vector256.Sum(vgalpha), gbeta = Vector256.Sum(vgbeta);
        for (; i < v.Length; i++)
        {
            // Plain exponentials rather than the max-shifted form: an overflow gives a non-finite objective, which the
            // line search rejects.
            var w1 = Math.Exp(a - (alpha * tn[i]));
            var w2 = Math.Exp(b - (beta * td[i]));
            var sum = w1 + w2 + floor;
            var r = Math.Log(sum) - v[i];
            var abs = Math.Abs(r);
            loss += abs <= delta ? 0.5 * r * r : delta * (abs - (0.5 * delta));
            var scale = Math.Clamp(r, -delta, delta) / sum;
            ga += scale * w1;
            gb += scale * w2;
            ge += scale * floor;
            galpha -= scale * w1 * tn[i];
            gbeta -= scale * w2 * td[i];
        }

        gradient[0] = ga;
        gradient[1] = gb;
        gradient[2] = ge;
        gradient[3] = galpha;
        gradient[4] = gbeta;
        return loss;
    }
}
