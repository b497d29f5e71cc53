using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 001 Eq 4: <c>logit(S') = w * log10(C) + b</c> with <c>S' = (S - Qrandom) / (1 - Qrandom)</c>, i.e.
/// S = Qrandom + (1 - Qrandom) / (1 + e^-(w log10 C + b)). Fitted by bounded Levenberg-Marquardt on the scores
/// (default) or by OLS of logit(S') on log10 C (<see cref="FitSpace.Linearised"/>).
/// </summary>
public sealed class SigmoidForm : NormalisedScoreForm, IResponseTransform
{
    public const string FormId = "sigmoid";

    // Bounds keep the optimiser out of numerically flat regions; |w| = 50 is a jump from chance to 1 within
    // 0.1 decade of x, steeper than any published scaling curve.
    private const double MaxSlope = 50;
    private const double MaxCentre = 1e4;

    private static readonly FitParameter[] ParameterList =
    [
        new("w", -MaxSlope, MaxSlope, "Slope of logit(S') per decade of x"),
        FitParameter.Free("b", "logit(S') at x = 1"),
        FitParameter.ChanceLevel,
    ];

    public SigmoidForm()
        : base(FormId, "Sigmoid in log x", "logit(S') = w * log10(C) + b,  S' = (S - Qrandom) / (1 - Qrandom)", ParameterList)
    {
    }

    public override double Evaluate(IReadOnlyList<double> parameters, double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var qr = parameters[2];
        return x > 0 ? qr + (1 - qr) * Logistic(parameters[0] * Math.Log10(x) + parameters[1]) : double.NaN;
    }

    public override bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var qr = parameters[2];
        var w = parameters[0];
        var s = (y - qr) / (1 - qr);
        x = s > 0 && s < 1 && w != 0 ? Math.Pow(10, (Math.Log(s / (1 - s)) - parameters[1]) / w) : double.NaN;
        return double.IsFinite(x) && x > 0;
    }

    /// <summary>logit(S'): bands there stay between Qrandom and 1 whichever space the fit itself used.</summary>
    public double ToFitSpace(IReadOnlyList<double> parameters, double y)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var s = (y - parameters[2]) / (1 - parameters[2]);
        return s > 0 && s < 1 ? Math.Log(s / (1 - s)) : double.NaN;
    }

    public double FromFitSpace(IReadOnlyList<double> parameters, double v)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters[2] + (1 - parameters[2]) * Logistic(v);
    }

    private protected override FitResult FitNormalised(FitRequest request)
    {
        var qr = request.QRandom;
        var n = request.X.Count;
        var used = new bool[n];
        var u = new List<double>(n);
        var s = new List<double>(n);
        var logit = new LinearAccumulator();
        for (var i = 0; i < n; i++)
        {
            var x = request.X[i];
            var y = request.Y[i];
            if (!(x > 0) || !double.IsFinite(x) || !double.IsFinite(y))
            {
                continue;
            }

            var normalised = (y - qr) / (1 - qr);
            var inside = normalised > 0 && normalised < 1;
            if (request.Space == FitSpace.Linearised && !inside)
            {
                continue; // logit is infinite at chance and at a perfect score
            }

            used[i] = true;
            u.Add(Math.Log10(x));
            s.Add(normalised);
            // Start values for score space come from the logit line of the points clipped into (0.01, 0.99); the
            // linearised fit takes every point as it is (all lie strictly inside (0, 1) there).
            var clipped = request.Space == FitSpace.Linearised ? normalised : Math.Clamp(normalised, 0.01, 0.99);
            logit.Add(Math.Log10(x), Math.Log(clipped / (1 - clipped)));
        }

        if (!logit.IsDetermined)
        {
            return FailedFit.Create(this, request, $"Needs at least 2 points with x > 0 at distinct x; found {logit.Count}.");
        }

        var line = logit.ToLinearFit();
        ParameterEstimate[] parameters;
        string message;
        var converged = true;
        LinearFit? linear = null;
        List<(double Loss, double[] Values)>? ends = null;
        IReadOnlyList<string> tradeOffs = [];
        if (request.Space == FitSpace.Linearised)
        {
            linear = line;
            parameters =
            [
                new("w", line.Slope, NullIfNaN(line.SlopeStandardError)),
                new("b", line.Intercept, NullIfNaN(line.InterceptStandardError)),
                new(LogAccuracyPowerLawForm.QRandomName, qr, null),
            ];
            message = $"Closed-form OLS of logit(S') on log10 x over {line.Count} of {n} points.";
        }
        else
        {
            (parameters, converged, message, ends, tradeOffs) = FitScoreSpace(u, s, qr, line, request.Cancellation);
        }

        if (!converged)
        {
            return FailedFit.Create(this, request, message);
        }

        var values = new[] { parameters[0].Value, parameters[1].Value, qr };
        var (points, train, scoreRss) = FittedPoints.Evaluate(request, used, i => Evaluate(values, request.X[i]));
        var criteria = linear is not null
            ? InformationCriteria.Create(linear.Count, 2, linear.ResidualSumOfSquares, "logit(S')")
            : InformationCriteria.Create(u.Count, 2, scoreRss, "score");
        var fit = FitResult.Succeeded(FormId, parameters, message, points, train, criteria, linear);
        return ends is null ? fit : StartDiagnostics.Attach(this, fit, ends, tradeOffs);
    }

    /// <summary>
    /// Bounded Levenberg-Marquardt on S' in the centred parametrisation z = w (u - ū) + c, which decorrelates slope
    /// and intercept (u = log10 FLOPs ≈ 20 would otherwise make b ≈ -20 w and the problem ill-conditioned).
    /// Two starts: the clipped-logit line and a gentle slope through the middle; the lower SSE wins.
    /// </summary>
    /// <returns>The estimates, whether any start converged, how; every start's end (SSE and w, b, Qrandom) and the
    /// trade-offs of w and the centred intercept, for the diagnostics.</returns>
    private static (ParameterEstimate[] Parameters, bool Converged, string Message, List<(double Loss, double[] Values)> Ends, IReadOnlyList<string> TradeOffs) FitScoreSpace(
        List<double> u, List<double> s, double qr, LinearFit line, CancellationToken cancellationToken)
    {
        var mean = line.MeanU;
        var centred = Vector<double>.Build.Dense(u.Count, i => u[i] - mean);
        var observed = Vector<double>.Build.Dense(s.ToArray());
        Matrix<double> Jacobian(Vector<double> p, Vector<double> t)
        {
            var jacobian = Matrix<double>.Build.Dense(t.Count, 2);
            for (var i = 0; i < t.Count; i++)
            {
                var f = Logistic(p[0] * t[i] + p[1]);
                var d = f * (1 - f);
                jacobian[i, 0] = d * t[i];
                jacobian[i, 1] = d;
            }

            return jacobian;
        }

        var model = CancellableObjective.NonlinearModel(
            (p, t) => t.Map(ti => Logistic(p[0] * ti + p[1])), Jacobian, centred, observed, cancellationToken);
        var lower = Vector<double>.Build.Dense([-MaxSlope, -MaxCentre]);
        var upper = Vector<double>.Build.Dense([MaxSlope, MaxCentre]);
        var minimizer = new LevenbergMarquardtMinimizer(gradientTolerance: 1e-12, stepTolerance: 1e-12, functionTolerance: 1e-14, maximumIterations: 2000);

        var startSlope = Math.Clamp(line.Slope, -MaxSlope * 0.9, MaxSlope * 0.9);
        var startCentre = Math.Clamp(line.Intercept + line.Slope * mean, -MaxCentre * 0.9, MaxCentre * 0.9);
        double[][] starts = [[startSlope, startCentre], [Math.Sign(startSlope) is 0 ? 1 : Math.Sign(startSlope), 0]];
        NonlinearMinimizationResult? best = null;
        var bestSse = double.PositiveInfinity;
        var ends = new List<(double Loss, double[] Values)>();
        foreach (var start in starts)
        {
            NonlinearMinimizationResult result;
            try
            {
                result = minimizer.FindMinimum(model, Vector<double>.Build.Dense(start), lower, upper);
            }
            catch (MaximumIterationsException)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ends.Add((double.PositiveInfinity, [double.NaN, double.NaN, qr]));
                continue;
            }

            var sse = result.ModelInfoAtMinimum.Value; // proportional to the residual sum of squares: enough to rank starts
            ends.Add((sse, [result.MinimizingPoint[0], result.MinimizingPoint[1] - (result.MinimizingPoint[0] * mean), qr]));
            if (sse < bestSse)
            {
                bestSse = sse;
                best = result;
            }
        }

        if (best is null)
        {
            return ([new("w", double.NaN, null), new("b", double.NaN, null), new(LogAccuracyPowerLawForm.QRandomName, qr, null)],
                false, "Levenberg-Marquardt did not converge from any start.", ends, []);
        }

        var w = best.MinimizingPoint[0];
        var c = best.MinimizingPoint[1];
        var cov = best.Covariance;
        double? seW = null;
        double? seB = null;
        if (cov is not null && double.IsFinite(cov[0, 0]))
        {
            seW = Math.Sqrt(cov[0, 0]);
            // b = c - w ū: Var(b) = Var(c) + ū² Var(w) - 2 ū Cov(w, c).
            seB = Math.Sqrt(Math.Max(0, cov[1, 1] + mean * mean * cov[0, 0] - 2 * mean * cov[0, 1]));
        }

        var wAtBound = MaxSlope - Math.Abs(w) < 1e-6 * MaxSlope;
        var cAtBound = MaxCentre - Math.Abs(c) < 1e-6 * MaxCentre;
        var message = $"Bounded Levenberg-Marquardt in score space over {u.Count} points: {best.ReasonForExit} after {best.Iterations} iterations.";
        return (
            [
                new("w", w, wAtBound ? null : seW, wAtBound),
                new("b", c - w * mean, cAtBound || wAtBound ? null : seB, cAtBound),
                new(LogAccuracyPowerLawForm.QRandomName, qr, null),
            ],
            true,
            message,
            ends,
            // In the centred parametrisation the optimiser uses: b read at the data's mean log10 x, not at x = 1.
            TradeOffs.OfInformation(["w", "b"], Jacobian(best.MinimizingPoint, centred).TransposeThisAndMultiply(Jacobian(best.MinimizingPoint, centred))));
    }

    private static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

}
