using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 Eq 1, a broken neural scaling law (Caballero et al. 2023) with one break:
/// <c>Q = a + b C^(-c0) (1 + (C/d1)^(1/f1))^(-c1 f1)</c>, parameters named as in the seed's Table 10.
/// Fitted on the raw score by Huber loss (delta 1e-3) from many seeded starts with bounded BFGS (the seed used
/// basin hopping, i.e. repeated local L-BFGS-B from perturbed points; a fixed set of seeded starts is the
/// deterministic equivalent). Only points with Q &gt; Qrandom are fitted, as in the seed's Appendix M; Qrandom is
/// not part of the formula, so it acts purely as that filter (the seed's LBPP rule "Q &gt; 0.02" is Qrandom = 0.02).
/// </summary>
/// <remarks>
/// The optimiser works in u = ln C centred on the data, t = u - ū, with B = b e^(-c0 ū) and ln d1 = ū + δ, so every
/// start variable is of order one: b itself spans 1e-5 to 2 across Table 10 because it multiplies C^(-c0).
/// A break far outside the data (Table 10 has most d1 at 3e23-1e24, above the largest run) is not identified by the
/// data; <see cref="BreakInsideData"/> says which case a fit is.
/// </remarks>
public sealed class BnslForm : FitForm
{
    public const string FormId = "bnsl";

    /// <summary>Seeded starts beyond the structured grid; the total is what the 50 ms budget for 54 points allows.</summary>
    public const int RandomStarts = 12;

    /// <summary>Seed of the random starts: fixed, so a fit is a pure function of its data.</summary>
    public const int StartSeed = 20231;

    /// <summary>Iterations of each exploratory run, and how many of the best end points are refined to convergence.</summary>
    private const int ExploreIterations = 60;
    private const int PolishedStarts = 3;

    private const double MaxLevel = 10;
    private const double MaxC0 = 2;
    private const double MaxC1 = 10;
    private const double MaxBreakOffset = 15;
    private const double MinF1 = 0.05;
    private const double MaxF1 = 20;

    private static readonly FitParameter[] ParameterList =
    [
        new("a", -MaxLevel, MaxLevel, "Asymptote the score approaches"),
        FitParameter.Free("b", "Scale of the power-law part (negative for a rising score)"),
        new("c0", -MaxC0, MaxC0, "Exponent before the break"),
        new("c1", -MaxC1, MaxC1, "Change of exponent across the break"),
        FitParameter.Positive("d1", "Compute at the break"),
        new("f1", MinF1, MaxF1, "Sharpness of the break (smaller is sharper)"),
    ];

    // Not monotone in general (the break can turn the curve), so no inversion is offered.
    public BnslForm()
        : base(FormId, "Broken neural scaling law (one break)", "Q = a + b * C^(-c0) * (1 + (C/d1)^(1/f1))^(-c1*f1)", ParameterList, isInvertible: false)
    {
    }

    public override double Evaluate(IReadOnlyList<double> parameters, double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (a, b, c0, c1, d1, f1) = (parameters[0], parameters[1], parameters[2], parameters[3], parameters[4], parameters[5]);
        if (!(x > 0) || !(d1 > 0))
        {
            return double.NaN;
        }

        var u = Math.Log(x);
        return a + b * Math.Exp(-c0 * u - c1 * f1 * Softplus((u - Math.Log(d1)) / f1));
    }

    public override bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        x = double.NaN;
        return false;
    }

    /// <summary>Whether the fitted break d1 lies between the smallest and largest x the fit used; null for a failed fit.</summary>
    public static bool? BreakInsideData(FitResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!fit.Converged || !string.Equals(fit.FormId, FormId, StringComparison.Ordinal))
        {
            return null;
        }

        var used = fit.Points.Where(p => p.UsedInFit).Select(p => p.X).ToArray();
        var d1 = fit.Parameter("d1").Value;
        return used.Length > 0 && d1 >= used.Min() && d1 <= used.Max();
    }

    public override FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var n = request.X.Count;
        var used = new bool[n];
        var us = new List<double>(n);
        var ys = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            var x = request.X[i];
            var y = request.Y[i];
            if (x > 0 && double.IsFinite(x) && double.IsFinite(y) && y > request.QRandom)
            {
                used[i] = true;
                us.Add(Math.Log(x));
                ys.Add(y);
            }
        }

        if (us.Count <= ParameterList.Length)
        {
            return FailedFit.Create(this, request,
                $"Needs more than {ParameterList.Length} points with x > 0 and Q > Qrandom ({Format(request.QRandom)}); found {us.Count}.");
        }

        var mean = us.Average();
        var data = new (double T, double Y)[us.Count];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (us[i] - mean, ys[i]);
        }

        var (p, exit, starts, ends) = Minimise(data, request.Cancellation);
        if (p is null)
        {
            return FailedFit.Create(this, request, "Bounded BFGS did not converge from any start.");
        }

        // Back from the centred parametrisation: b = B e^(c0 ū), d1 = e^(ū + δ).
        double[] Reported(double[] q) => [q[0], q[1] * Math.Exp(q[2] * mean), q[2], q[3], Math.Exp(mean + q[4]), q[5]];
        var values = Reported(p);
        var parameters = new ParameterEstimate[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            parameters[k] = new ParameterEstimate(ParameterList[k].Name, values[k], null, AtBound(p, k));
        }

        var (points, train, rss) = FittedPoints.Evaluate(request, used, i => Evaluate(values, request.X[i]));

        var (min, max) = (Math.Exp(us.Min()), Math.Exp(us.Max()));
        var inside = values[4] >= min && values[4] <= max;
        var where = inside
            ? $"the break d1 = {Format(values[4])} lies inside the data ({Format(min)} to {Format(max)})"
            : $"the break d1 = {Format(values[4])} lies outside the data ({Format(min)} to {Format(max)}), so it is not identified by it";
        var message = $"Bounded BFGS on Huber loss (delta {HuberLoss.SeedDelta}) over {us.Count} of {n} points (Q > Qrandom), best of {starts} starts (the best {PolishedStarts} refined): {exit}; {where}. "
            + $"Standard errors: Gauss-Newton at the Huber estimate (none when the break is not identified).";
        var criteria = InformationCriteria.Create(us.Count, ParameterList.Length, rss, "score");
        var fit = NumericalStandardErrors.Attach(this, request, FitResult.Succeeded(FormId, parameters, message, points, train, criteria));
        IEnumerable<string> outside = inside ? [] : [$"{where}: d1, c1 and f1 describe the curve beyond the runs and are not pinned by them"];
        var tradeOffs = TradeOffs.OfCurve(this, request, fit, [new Centring("b", "c0", mean)]);
        return StartDiagnostics.Attach(this, fit, ends.Select(e => (e.Loss, Reported(e.Point))), [.. outside, .. tradeOffs]);
    }

    private static readonly double[] Lower = [-MaxLevel, -MaxLevel, -MaxC0, -MaxC1, -MaxBreakOffset, MinF1];
    private static readonly double[] Upper = [MaxLevel, MaxLevel, MaxC0, MaxC1, MaxBreakOffset, MaxF1];

    private static bool AtBound(double[] p, int k)
    {
        // Reported parameter k maps to optimiser variable k (b to B, d1 to δ): the bounds are on the latter.
        var span = Upper[k] - Lower[k];
        return p[k] - Lower[k] < 1e-7 * span || Upper[k] - p[k] < 1e-7 * span;
    }

    /// <summary>
    /// Two phases, for speed without losing the global search: a short bounded-BFGS run from every start (the
    /// seed's basin hops), then a tight run from the best few of those end points. MathNet's BfgsB allocates heavily
    /// per iteration, so letting every start converge fully would cost several times the 50 ms budget.
    /// </summary>
    private static (double[]? Best, string Exit, int Starts, List<(double Loss, double[] Point)> Ends) Minimise((double T, double Y)[] data, CancellationToken cancellationToken)
    {
        var groups = HuberGroups.Create(data.Select(d => d.T).ToArray(), data.Select(d => d.Y).ToArray());
        var lower = Vector<double>.Build.Dense(Lower);
        var upper = Vector<double>.Build.Dense(Upper);
        var explore = new BfgsBMinimizer(1e-6, 1e-6, 1e-9, ExploreIterations);
        var candidates = new List<(double Loss, double[] Point)>();
        var starts = Starts(data);
        foreach (var start in starts)
        {
            var (point, loss, _) = Run(explore, groups, lower, upper, IntoBounds(start), cancellationToken);
            if (point is not null)
            {
                candidates.Add((loss, point));
            }
        }

        var polish = new BfgsBMinimizer(1e-10, 1e-10, 1e-14, 1000);
        double[]? best = null;
        var bestLoss = double.PositiveInfinity;
        var exit = "no start converged";
        var ends = new List<(double Loss, double[] Point)>();
        foreach (var (_, point) in candidates.OrderBy(c => c.Loss).Take(PolishedStarts))
        {
            var (polished, loss, how) = Run(polish, groups, lower, upper, IntoBounds(point), cancellationToken);
            if (polished is not null)
            {
                ends.Add((loss, polished));
            }

            if (polished is not null && loss < bestLoss)
            {
                (best, bestLoss, exit) = (polished, loss, how);
            }
        }

        return (best, exit, starts.Count, ends);
    }

    /// <summary>
    /// One bounded-BFGS run; the best point it evaluated, even when it stopped at its iteration cap. The token is
    /// checked at every evaluation of the loss (a few microseconds each), so a cancelled fit stops mid-run.
    /// </summary>
    private static (double[]? Point, double Loss, string Exit) Run(BfgsBMinimizer minimizer, HuberGroups groups,
        Vector<double> lower, Vector<double> upper, double[] start, CancellationToken cancellationToken)
    {
        var tracker = new BestPointTracker();
        var objective = ObjectiveFunction.Gradient(p =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return tracker.Observe(p, Objective(p, groups));
        });
        string exit;
        try
        {
            var result = minimizer.FindMinimum(objective, lower, upper, Vector<double>.Build.Dense(start));
            exit = $"{result.ReasonForExit} after {result.Iterations} iterations";
        }
        catch (Exception ex) when (ex is MaximumIterationsException or InnerOptimizationException or EvaluationException)
        {
            // MathNet may wrap an exception thrown by the objective: a cancelled run must still end as cancelled.
            cancellationToken.ThrowIfCancellationRequested();
            exit = "stopped at the iteration limit";
        }

        return (tracker.Point, tracker.Loss, exit);
    }

    /// <summary>
    /// A structured grid (break before, inside and after the data; soft and sharp) plus seeded random starts.
    /// Each start sets a just above the best score and B so the curve passes through the data's mean at t = 0.
    /// </summary>
    private static List<double[]> Starts((double T, double Y)[] data)
    {
        var top = data.Max(d => d.Y);
        var meanY = data.Average(d => d.Y);
        var spanT = Math.Max(1e-6, data.Max(d => d.T) - data.Min(d => d.T));
        var a = Math.Clamp(top + 0.05, -MaxLevel + 1, MaxLevel - 1);
        var starts = new List<double[]>();
        foreach (var delta in (double[])[-spanT / 2, 0, spanT / 2, spanT * 1.5])
        {
            foreach (var f1 in (double[])[0.5, 2])
            {
                // Through (0, mean): a + B g(0) = meanY, g(0) = e^(-c1 f1 S(-δ/f1)).
                const double c0 = 0.05;
                const double c1 = 0.5;
                var g0 = Math.Exp(-c1 * f1 * Softplus(-delta / f1));
                starts.Add([a, Math.Clamp((meanY - a) / g0, -MaxLevel + 1, MaxLevel - 1), c0, c1, delta, f1]);
            }
        }

        var random = new Random(StartSeed);
        for (var s = 0; s < RandomStarts; s++)
        {
            var c0 = -0.3 + 0.6 * random.NextDouble();
            var c1 = -1 + 4 * random.NextDouble();
            var delta = -spanT + 3 * spanT * random.NextDouble();
            var f1 = Math.Exp(Math.Log(0.2) + (Math.Log(8) - Math.Log(0.2)) * random.NextDouble());
            var level = Math.Clamp(top + 0.3 * random.NextDouble(), -MaxLevel + 1, MaxLevel - 1);
            var g0 = Math.Exp(-c1 * f1 * Softplus(-delta / f1));
            starts.Add([level, Math.Clamp((meanY - level) / g0, -MaxLevel + 1, MaxLevel - 1), c0, c1, delta, f1]);
        }

        return starts;
    }

    /// <summary>A start strictly inside the bounds (the minimiser refuses anything else), a hair away from each bound.</summary>
    private static double[] IntoBounds(double[] start)
    {
        var inside = new double[start.Length];
        for (var k = 0; k < start.Length; k++)
        {
            var margin = 1e-3 * (Upper[k] - Lower[k]);
            inside[k] = Math.Clamp(start[k], Lower[k] + margin, Upper[k] - margin);
        }

        return inside;
    }

    /// <summary>
    /// Huber loss of a + B e^(-c0 t - c1 f1 S((t - δ)/f1)) - y and its analytic gradient over (a, B, c0, c1, δ, f1);
    /// the curve is evaluated once per distinct t (<see cref="HuberGroups"/>).
    /// </summary>
    private static (double, Vector<double>) Objective(Vector<double> p, HuberGroups groups)
    {
        var (a, bb, c0, c1, delta, f1) = (p[0], p[1], p[2], p[3], p[4], p[5]);
        double loss = 0, ga = 0, gb = 0, gc0 = 0, gc1 = 0, gd = 0, gf = 0;
        for (var k = 0; k < groups.Count; k++)
        {
            var t = groups.X(k);
            var z = (t - delta) / f1;
            // Softplus and logistic share e^(-|z|): one exponential instead of two, the same bits as each alone.
            var e = Math.Exp(-Math.Abs(z));
            var s = z > 0 ? z + Math.Log(1 + e) : Math.Log(1 + e);
            var sigma = z >= 0 ? 1 / (1 + e) : e / (1 + e);
            var g = Math.Exp(-c0 * t - c1 * f1 * s);
            var (value, psi) = groups.At(k, a + bb * g, HuberLoss.SeedDelta);
            loss += value;
            var bg = psi * bb * g;
            ga += psi;
            gb += psi * g;
            gc0 -= bg * t;
            gc1 -= bg * f1 * s;
            gd += bg * c1 * sigma;
            gf -= bg * c1 * (s - sigma * z);
        }

        return (loss, Vector<double>.Build.Dense([ga, gb, gc0, gc1, gd, gf]));
    }

    /// <summary>ln(1 + e^z) without overflow.</summary>
    private static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));

}
