using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 Eq 10: <c>-ln Q' = A * C^(-alpha) + E</c>, with Qmax = e^-E the highest reachable normalised score.
/// Fitted by bounded BFGS (MathNet's BfgsBMinimizer, the L-BFGS-B analogue) on the Huber loss (delta 1e-3) of residuals
/// in ln(-ln Q') space, from a grid of starts, keeping the lowest loss (seed 003 Appendix M).
/// </summary>
/// <remarks>
/// Residuals are taken in ln(-ln Q') space, where Eq 2 is a straight line, so with E = 0 this is a robust version
/// of the same fit; the model there is ln(e^(ln A - alpha ln C) + e^(ln E)), optimised over (ln A, alpha, ln E)
/// as in Hoffmann et al.'s loss fits. ln C is centred on the data's mean to decorrelate ln A and alpha.
/// </remarks>
public sealed class LogAccuracyPowerLawCeilingForm : NormalisedScoreForm, IResponseTransform
{
    public const string FormId = "log-accuracy-power-law-ceiling";

    private const double MaxAlpha = 5;

    private static readonly FitParameter[] ParameterList =
    [
        FitParameter.Positive("A", "Scale of the reducible part of -ln Q'"),
        new("alpha", 0, MaxAlpha, "Power-law exponent in x"),
        CeilingTerm.Parameter,
        FitParameter.ChanceLevel,
    ];

    public LogAccuracyPowerLawCeilingForm()
        : base(FormId, "Log-accuracy power law with ceiling", "-ln Q' = A * C^(-alpha) + E,  Qmax = e^-E,  Q' = (Q - Qrandom) / (1 - Qrandom)", ParameterList)
    {
    }

    public override double Evaluate(IReadOnlyList<double> parameters, double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var qr = parameters[3];
        return x > 0 ? qr + (1 - qr) * Math.Exp(-(parameters[0] * Math.Pow(x, -parameters[1]) + parameters[2])) : double.NaN;
    }

    public override bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (a, alpha, e, qr) = (parameters[0], parameters[1], parameters[2], parameters[3]);
        var reducible = -Math.Log((y - qr) / (1 - qr)) - e;
        x = reducible > 0 && a > 0 && alpha != 0 ? Math.Pow(a / reducible, 1 / alpha) : double.NaN;
        return double.IsFinite(x) && x > 0;
    }

    public double ToFitSpace(IReadOnlyList<double> parameters, double y) => LogAccuracyPowerLawForm.ToLogLogSpace(parameters, 3, y);

    public double FromFitSpace(IReadOnlyList<double> parameters, double v) => LogAccuracyPowerLawForm.FromLogLogSpace(parameters, 3, v);

    private protected override FitResult FitNormalised(FitRequest request)
    {
        var qr = request.QRandom;
        var sample = LogLogSample.Select(request);
        var (used, u, v) = (sample.Used, sample.U, sample.V);
        if (u.Count < 3 || !sample.IsDetermined)
        {
            return FailedFit.Create(this, request, $"Needs at least 3 points with x > 0 and Qrandom + margin <= Q < 1 at distinct x; found {u.Count}.");
        }

        var linear = sample.OrdinaryLeastSquares();
        var mean = linear.MeanU;
        var ends = new List<(double Loss, double[] Point)>();
        var best = Minimise(u, v, mean, linear, ends, request.Cancellation);
        if (best is null)
        {
            return FailedFit.Create(this, request, "Bounded BFGS did not converge from any start.");
        }

        var p = best.MinimizingPoint;
        double[] Reported(IReadOnlyList<double> q) => [Math.Exp(q[0] + q[1] * mean), q[1], Math.Exp(q[2]), qr];
        var values = Reported(p.ToArray());
        var alphaAtBound = p[1] <= 1e-9 || p[1] >= MaxAlpha - 1e-9;
        var eAtBound = CeilingTerm.IsAtBound(p[2]);
        var parameters = new[]
        {
            new ParameterEstimate("A", values[0], null),
            new ParameterEstimate("alpha", values[1], null, alphaAtBound),
            new ParameterEstimate("E", values[2], null, eAtBound),
            new ParameterEstimate(LogAccuracyPowerLawForm.QRandomName, qr, null),
        };
        var (points, train, _) = FittedPoints.Evaluate(request, used, i => Evaluate(values, request.X[i]));

        var rss = 0.0;
        for (var i = 0; i < u.Count; i++)
        {
            var r = Math.Log(values[0] * Math.Exp(-values[1] * u[i]) + values[2]) - v[i];
            rss += r * r;
        }

        var note = CeilingTerm.IsAtLowerBound(p[2]) ? " E is at its lower bound: no ceiling below 1 is supported by the data (Qmax = 1)." : "";
        // A Huber estimate is not the Gaussian maximum-likelihood one; the criteria are evaluated at it, which
        // makes them conservative (RSS is at least the OLS minimum) but comparable with the plain power law's.
        var message = $"Bounded BFGS on Huber loss (delta {HuberLoss.SeedDelta}) over {u.Count} of {request.X.Count} points: {best.ReasonForExit} after {best.Iterations} iterations. "
            + $"Standard errors: Gauss-Newton at the Huber estimate.{note}";
        var criteria = InformationCriteria.Create(u.Count, 3, rss, LogAccuracyPowerLawForm.ResidualSpace);
        // ln C is centred at ū, where the optimiser reads A; trade-offs are judged there too.
        var (fit, tradeOffs) = NumericalStandardErrors.AttachWithTradeOffs(this, request, FitResult.Succeeded(FormId, parameters, message, points, train, criteria),
            [new Centring("A", "alpha", mean)]);
        return StartDiagnostics.Attach(this, fit, ends.Select(e => (e.Loss, Reported(e.Point))), tradeOffs);
    }

    private static MinimizationResult? Minimise(List<double> u, List<double> v, double mean, LinearFit linear,
        List<(double Loss, double[] Point)> ends, CancellationToken cancellationToken)
    {
        var groups = HuberGroups.Create(u, v);
        var objective = CancellableObjective.Gradient(p => HuberObjective(p, groups, mean), cancellationToken);
        var lower = Vector<double>.Build.Dense([-200, 0, CeilingTerm.MinLogE]);
        var upper = Vector<double>.Build.Dense([200, MaxAlpha, CeilingTerm.MaxLogE]);
        var minimizer = new BfgsBMinimizer(1e-12, 1e-12, 1e-14, 2000);
        // Grid of starts: the OLS slope and a spread of exponents, each with small to moderate ceilings.
        double[] alphas = [Math.Clamp(-linear.Slope, 0.01, MaxAlpha - 0.01), 0.1, 0.3, 0.6];
        double[] logEs = [-10, -4, -2, -1];
        return MultiStartBfgs.Minimise(minimizer, objective, lower, upper, Starts(), cancellationToken, ends);

        IEnumerable<Vector<double>> Starts()
        {
            foreach (var alpha in alphas)
            {
                foreach (var logE in logEs)
                {
                    // Centred intercept: the line through the data's centre with this slope.
                    yield return Vector<double>.Build.Dense([linear.Intercept + linear.Slope * mean, alpha, logE]);
                }
            }
        }
    }

    /// <summary>
    /// Huber loss and gradient of v - ln(e^(a - alpha (u - ū)) + e^e) over (a, alpha, e), the curve evaluated once per
    /// distinct u (<see cref="HuberGroups"/>: a leaderboard has thousands of rows on a few dozen sizes).
    /// </summary>
    private static (double, Vector<double>) HuberObjective(Vector<double> p, HuberGroups groups, double mean)
    {
        double loss = 0, ga = 0, galpha = 0, ge = 0;
        for (var k = 0; k < groups.Count; k++)
        {
            var t = groups.X(k) - mean;
            var z1 = p[0] - p[1] * t;
            var z2 = p[2];
            var m = Math.Max(z1, z2);
            var w1 = Math.Exp(z1 - m);
            var w2 = Math.Exp(z2 - m);
            var (value, d) = groups.At(k, m + Math.Log(w1 + w2), HuberLoss.SeedDelta);
            loss += value;
            var s1 = w1 / (w1 + w2);
            ga += d * s1;
            galpha += d * s1 * -t;
            ge += d * (1 - s1);
        }

        return (loss, Vector<double>.Build.Dense([ga, galpha, ge]));
    }
}
