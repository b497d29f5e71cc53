using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// The fit behind <see cref="ParamsTokensForm"/> and <see cref="ParamsTokensCeilingForm"/>: seed 003 Eq 4,
/// <c>-ln Q' = A/N^alpha + B/D^beta [+ E]</c>, by bounded BFGS (MathNet's BfgsBMinimizer, the L-BFGS-B analogue the
/// seed names) on the Huber loss (delta 1e-3) from a grid of starts, keeping the lowest loss.
/// </summary>
/// <remarks>
/// Residuals are taken in ln(-ln Q') space, like the ceiling form: there each term is linear in its log-coefficient and
/// the model is a log-sum-exp, ln(e^(a - alpha ln N) + e^(b - beta ln D) [+ e^e]), whose gradient is a softmax. The
/// optimiser works on centred intercepts a' = ln A - alpha ln N̄ and b' = ln B - beta ln D̄, because ln N ≈ 18-24 makes
/// ln A and alpha almost collinear otherwise (GSM8K's A = 5e7 would sit 17 units from its start).
/// </remarks>
internal static class ParamsTokensFitter
{
    public const double MaxExponent = 3;
    private const double MaxIntercept = 200;

    /// <summary>The forms' parameter list: Eq 4's four, then E for the ceiling variant, then the Qrandom setting.</summary>
    public static FitParameter[] CreateParameters(bool ceiling)
    {
        var list = new List<FitParameter>
        {
            FitParameter.Positive("A", "Coefficient of the parameter term"),
            new("alpha", 0, MaxExponent, "Exponent of parameters N"),
            FitParameter.Positive("B", "Coefficient of the data term"),
            new("beta", 0, MaxExponent, "Exponent of training tokens D"),
        };
        if (ceiling)
        {
            list.Add(CeilingTerm.Parameter);
        }

        list.Add(FitParameter.ChanceLevel);
        return [.. list];
    }

    public static FitResult Fit(ITwoInputFitForm form, FitRequest request, bool ceiling)
    {
        if (FailedFit.QRandomOutsideRange(form, request) is { } refused)
        {
            return refused;
        }

        if (request.X2 is null)
        {
            return FailedFit.Create(form, request, $"Form '{form.Id}' needs a second input ({form.SecondInputDescription}).");
        }

        var qr = request.QRandom;
        var n = request.X.Count;
        var used = new bool[n];
        var data = new List<(double LnN, double LnD, double V)>(n);
        for (var i = 0; i < n; i++)
        {
            var x = request.X[i];
            var d = request.X2[i];
            var q = (request.Y[i] - qr) / (1 - qr);
            if (x > 0 && d > 0 && double.IsFinite(x) && double.IsFinite(d) && request.Y[i] >= qr + request.Margin && q > 0 && q < 1)
            {
                used[i] = true;
                data.Add((Math.Log(x), Math.Log(d), Math.Log(-Math.Log(q))));
            }
        }

        var k = ceiling ? 5 : 4;
        if (data.Count <= k)
        {
            return FailedFit.Create(form, request,
                $"Needs more than {k} points with N > 0, D > 0 and Qrandom + margin <= Q < 1; found {data.Count}.");
        }

        var meanN = data.Average(p => p.LnN);
        var meanD = data.Average(p => p.LnD);
        var centred = data.Select(p => (TN: p.LnN - meanN, TD: p.LnD - meanD, p.V)).ToArray();
        var ends = new List<(double Loss, double[] Point)>();
        var best = Minimise(centred, ceiling, ends, request.Cancellation);
        if (best is null)
        {
            return FailedFit.Create(form, request, "Bounded BFGS did not converge from any start.");
        }

        var p = best.MinimizingPoint;
        double[] Reported(IReadOnlyList<double> q) => ceiling
            ? [Math.Exp(q[0] + q[1] * meanN), q[1], Math.Exp(q[2] + q[3] * meanD), q[3], Math.Exp(q[4]), qr]
            : [Math.Exp(q[0] + q[1] * meanN), q[1], Math.Exp(q[2] + q[3] * meanD), q[3], qr];
        var values = Reported(p.ToArray());
        var parameters = new ParameterEstimate[values.Length];
        for (var j = 0; j < values.Length; j++)
        {
            parameters[j] = new ParameterEstimate(form.Parameters[j].Name, values[j], null, j < k && AtBound(p[j], j));
        }

        var x2 = request.X2;
        var (points, train, _) = FittedPoints.Evaluate(request, used, i => form.Evaluate(values, request.X[i], x2[i]));

        var rss = 0.0;
        foreach (var c in centred)
        {
            var r = Model(p, c.TN, c.TD, ceiling, out _, out _, out _) - c.V;
            rss += r * r;
        }

        var message = $"Bounded BFGS on Huber loss (delta {HuberLoss.SeedDelta}) in ln(-ln Q') space over {data.Count} of {n} points: "
            + $"{best.ReasonForExit} after {best.Iterations} iterations. Standard errors: Gauss-Newton at the Huber estimate.";
        var criteria = InformationCriteria.Create(data.Count, k, rss, LogAccuracyPowerLawForm.ResidualSpace);
        // Both terms are read at the data's centre by the optimiser; trade-offs are judged there too.
        var (fit, tradeOffs) = NumericalStandardErrors.AttachWithTradeOffs(form, request, FitResult.Succeeded(form.Id, parameters, message, points, train, criteria),
            [new Centring("A", "alpha", meanN), new Centring("B", "beta", meanD)]);
        return StartDiagnostics.Attach(form, fit, ends.Select(e => (e.Loss, Reported(e.Point))), tradeOffs);
    }

    /// <summary>Exponents at 0 or <see cref="MaxExponent"/>, ln E at its bounds (index 4).</summary>
    private static bool AtBound(double value, int index) => index switch
    {
        1 or 3 => value <= 1e-9 || value >= MaxExponent - 1e-9,
        4 => CeilingTerm.IsAtBound(value),
        _ => Math.Abs(value) >= MaxIntercept - 1e-6,
    };

    private static MinimizationResult? Minimise((double TN, double TD, double V)[] data, bool ceiling,
        List<(double Loss, double[] Point)> ends, CancellationToken cancellationToken)
    {
        var objective = CancellableObjective.Gradient(p => Objective(p, data, ceiling), cancellationToken);
        var lower = Vector<double>.Build.Dense(ceiling ? [-MaxIntercept, 0, -MaxIntercept, 0, CeilingTerm.MinLogE] : [-MaxIntercept, 0, -MaxIntercept, 0]);
        var upper = Vector<double>.Build.Dense(ceiling
            ? [MaxIntercept, MaxExponent, MaxIntercept, MaxExponent, CeilingTerm.MaxLogE]
            : [MaxIntercept, MaxExponent, MaxIntercept, MaxExponent]);
        var minimizer = new BfgsBMinimizer(1e-12, 1e-12, 1e-15, 5000);
        var meanV = data.Average(d => d.V);
        // Each term starts at half the mean -ln Q' (so their sum matches the data's level), exponents on a grid.
        var half = meanV - Math.Log(2);
        double[] exponents = [0.15, 0.4, 0.8];
        double[] logEs = ceiling ? [-8, -2.5] : [double.NaN];
        return MultiStartBfgs.Minimise(minimizer, objective, lower, upper, Starts(), cancellationToken, ends);

        IEnumerable<Vector<double>> Starts()
        {
            foreach (var alpha in exponents)
            {
                foreach (var beta in exponents)
                {
                    foreach (var logE in logEs)
                    {
                        yield return Vector<double>.Build.Dense(ceiling ? [half, alpha, half, beta, logE] : [half, alpha, half, beta]);
                    }
                }
            }
        }
    }

    /// <summary>ln(-ln Q') predicted at centred logs, with the softmax weights of the terms (the gradient's building blocks).</summary>
    private static double Model(Vector<double> p, double tn, double td, bool ceiling, out double s1, out double s2, out double s3)
    {
        var z1 = p[0] - p[1] * tn;
        var z2 = p[2] - p[3] * td;
        var z3 = ceiling ? p[4] : double.NegativeInfinity;
        var m = Math.Max(Math.Max(z1, z2), z3);
        var w1 = Math.Exp(z1 - m);
        var w2 = Math.Exp(z2 - m);
        var w3 = ceiling ? Math.Exp(z3 - m) : 0;
        var sum = w1 + w2 + w3;
        s1 = w1 / sum;
        s2 = w2 / sum;
        s3 = w3 / sum;
        return m + Math.Log(sum);
    }

    private static (double, Vector<double>) Objective(Vector<double> p, (double TN, double TD, double V)[] data, bool ceiling)
    {
        var loss = 0.0;
        var gradient = new double[p.Count];
        foreach (var (tn, td, v) in data)
        {
            var residual = Model(p, tn, td, ceiling, out var s1, out var s2, out var s3) - v;
            loss += HuberLoss.Value(residual, HuberLoss.SeedDelta);
            var d = HuberLoss.Derivative(residual, HuberLoss.SeedDelta);
            gradient[0] += d * s1;
            gradient[1] -= d * s1 * tn;
            gradient[2] += d * s2;
            gradient[3] -= d * s2 * td;
            if (ceiling)
            {
                gradient[4] += d * s3;
            }
        }

        return (loss, Vector<double>.Build.Dense(gradient));
    }
}
