using ScalingDashboard.Core.Concurrency;
using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 Eq 1, a broken neural scaling law (Caballero et al. 2023) with one break:
/// <c>Q = a + b C^(-c0) (1 + (C/d1)^(1/f1))^(-c1 f1)</c>, parameters named as in the seed's Table 10.
/// Fitted on the raw score by Huber loss (delta 1e-3) with seeded basin hopping, as the seed did (Appendix M): a
/// box-constrained L-BFGS from a grid of starts and from perturbed points, the best polished by damped Newton. It
/// reaches a Huber loss no higher than scipy's basinhopping (100 hops of L-BFGS-B) on each of Table 3's twelve
/// benchmarks (BnslBasinHoppingParityTests). Only points with Q &gt; Qrandom are fitted, as in the seed's Appendix M; Qrandom is
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

    /// <summary>Seeded random starts beyond the structured grid of eight; the hops then search around the best of them.</summary>
    public const int RandomStarts = 12;

    /// <summary>Seed of the random starts: fixed, so a fit is a pure function of its data.</summary>
    public const int StartSeed = 20231;

    /// <summary>
    /// No new batch of hops starts after this many (the seed's 100). A batch's content is fixed by the search so far,
    /// never by the core count, so the answer does not depend on how many cores ran it.
    /// </summary>
    private const int MaxHops = 100;

    /// <summary>Batches in a row without a gain after which the search stops.</summary>
    private const int Patience = 5;

    /// <summary>
    /// Half-width of a hop's uniform displacement on every optimiser variable: scipy's default stepsize 0.5 for the
    /// walker and the far hop from the best point, and a tenth of it for a near hop, because the Huber loss (delta
    /// 1e-3 against residuals of several 1e-3) is nearly piecewise linear and a local run often stalls in a narrow
    /// valley, where a small kick restarts it further along.
    /// </summary>
    private const double WalkStep = 0.5;
    private const double NearStep = 0.05;

    /// <summary>
    /// Local runs stop when two iterations in a row gain less than this share of the loss, or at their iteration cap.
    /// Starts only need to find their basin (loose and short, which saves most of the time on a leaderboard); hops
    /// go further, and the polish of the best point goes to the last digits, then hands over to damped Newton, which
    /// stops after <see cref="NewtonPatience"/> steps in a row gain less than <see cref="PolishTolerance"/>.
    /// </summary>
    private const double StartTolerance = 1e-8;
    private const int StartIterations = 150;
    private const double HopTolerance = 1e-10;
    private const int HopIterations = 400;
    private const double PolishTolerance = 1e-15;
    private const int PolishIterations = 3000;
    private const int NewtonIterations = 500;
    private const int NewtonPatience = 10;

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

        var (p, exit, runs, hops) = Minimise(data, request.SearchInParallel, request.Cancellation);
        if (p is null)
        {
            return FailedFit.Create(this, request, "Bounded L-BFGS reached no finite loss from any start.");
        }

        var values = Reported(p, mean);
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
        var message = $"Bounded L-BFGS on Huber loss (delta {HuberLoss.SeedDelta}) over {us.Count} of {n} points (Q > Qrandom), basin hopping: best of {runs.Count - hops} starts and {hops} hops, {exit}; {where}. "
            + $"Standard errors: Gauss-Newton at the Huber estimate (none when the break is not identified).";
        var criteria = InformationCriteria.Create(us.Count, ParameterList.Length, rss, "score");
        var localRuns = runs.Where(r => double.IsFinite(r.Objective)).Select(r => (r.Objective, Reported(r.Point, mean))).ToArray();
        var (fit, tradeOffs) = NumericalStandardErrors.AttachWithTradeOffs(this, request,
            FitResult.Succeeded(FormId, parameters, message, points, train, criteria) with { LocalRuns = localRuns }, [new Centring("b", "c0", mean)]);
        IEnumerable<string> outside = inside ? [] : [$"{where}: d1, c1 and f1 describe the curve beyond the runs and are not pinned by them"];
        return StartDiagnostics.Attach(this, fit, localRuns, [.. outside, .. tradeOffs]);
    }

    /// <summary>Back from the centred parametrisation: b = B e^(c0 ū), d1 = e^(ū + δ).</summary>
    private static double[] Reported(double[] p, double mean) => [p[0], p[1] * Math.Exp(p[2] * mean), p[2], p[3], Math.Exp(mean + p[4]), p[5]];

    private static readonly double[] Lower = [-MaxLevel, -MaxLevel, -MaxC0, -MaxC1, -MaxBreakOffset, MinF1];
    private static readonly double[] Upper = [MaxLevel, MaxLevel, MaxC0, MaxC1, MaxBreakOffset, MaxF1];

    private static bool AtBound(double[] p, int k)
    {
        // Reported parameter k maps to optimiser variable k (b to B, d1 to δ): the bounds are on the latter.
        var span = Upper[k] - Lower[k];
        return p[k] - Lower[k] < 1e-7 * span || Upper[k] - p[k] < 1e-7 * span;
    }

    /// <summary>
    /// Basin hopping (Wales and Doye 1997; the seed ran scipy's) made deterministic and parallel. Every start is
    /// minimised by a box-constrained L-BFGS; then each batch runs four hops at once: scipy's walker (±0.5 from where
    /// its last hop ended), a far and a near hop from the best point so far, and the best point snapped to the bounds
    /// it is close to (once per new best; otherwise a very near hop). The search stops after <see cref="Patience"/>
    /// batches in a row without a relative gain of 1e-8 or after <see cref="MaxHops"/> hops, and the best point is polished, by L-BFGS to
    /// tight tolerances and then by damped Newton. Every hop draws from its own seed and every reduction takes the
    /// lowest objective, ties to the earliest run, so the answer does not depend on how many cores ran a batch.
    /// </summary>
    /// <returns>The polished best point (null when no run gave a finite loss), how its polish ended, and every local
    /// run (starts, then hops) with the objective it reached, in that order.</returns>
    private static (double[]? Best, string Exit, List<(double Objective, double[] Point)> Runs, int Hops) Minimise(
        (double T, double Y)[] data, bool inParallel, CancellationToken cancellationToken)
    {
        var groups = HuberGroups.Create(data.Select(d => d.T).ToArray(), data.Select(d => d.Y).ToArray());
        var starts = Starts(data);
        var runs = new List<(double Objective, double[] Point)>(starts.Count + MaxHops);
        runs.AddRange(RunAll(starts, groups, StartTolerance, StartIterations, inParallel, cancellationToken));
        var best = Lowest(runs, 0, runs.Count);
        var walker = best?.Point;
        double[]? snapped = null;
        var hops = 0;
        var quiet = 0;
        while (best is not null && walker is not null && hops < MaxHops && quiet < Patience)
        {
            var from = best.Value.Point;
            var snap = !ReferenceEquals(snapped, from);
            snapped = from;
            List<double[]> batch =
            [
                Displaced(walker, WalkStep, hops),
                Displaced(from, WalkStep, hops + 1),
                Displaced(from, NearStep, hops + 2),
                Displaced(from, NearStep / 10, hops + 3),
            ];
            if (snap)
            {
                batch.AddRange(SnappedToNearBounds(from));
            }

            var first = runs.Count;
            runs.AddRange(RunAll(batch, groups, HopTolerance, HopIterations, inParallel, cancellationToken));
            hops += batch.Count;
            if (double.IsFinite(runs[first].Objective))
            {
                // scipy's Metropolis test at its default T = 1 accepts every hop whose loss rises by much less than 1,
                // which for scores in [0, 1] is every hop: the walker goes wherever its run ended.
                walker = runs[first].Point;
            }

            var candidate = Lowest(runs, first, runs.Count);
            var improved = candidate is not null && candidate.Value.Objective < best.Value.Objective * (1 - 1e-8);
            if (candidate is not null && candidate.Value.Objective < best.Value.Objective)
            {
                best = candidate;
            }

            quiet = improved ? 0 : quiet + 1;
        }

        if (best is null)
        {
            return (null, "no start reached a finite loss", runs, hops);
        }

        var objective = Objective(groups, cancellationToken);
        var polished = (double[])best.Value.Point.Clone();
        new BoundedLbfgs(Lower, Upper).Minimise(objective, polished, 0, PolishTolerance, PolishIterations, out var iterations);
        var loss = new BoundedNewton(Lower, Upper).Minimise(objective, polished, PolishTolerance, NewtonPatience, NewtonIterations);
        // A polish that ran out of iterations is said as such: "converged" then means a usable estimate, not a tolerance met.
        var exit = iterations >= PolishIterations
            ? $"the best polished by L-BFGS up to its {PolishIterations}-iteration cap (not to tolerance), then damped Newton"
            : $"the best polished by {iterations} L-BFGS iterations and damped Newton";
        // Both polishes only accept descent, so this keeps the hop's own point only if a polish produced a non-finite loss.
        return loss <= best.Value.Objective ? (polished, exit, runs, hops) : ((double[])best.Value.Point.Clone(), exit, runs, hops);
    }

    /// <summary>A hop: every variable moved uniformly within ±<paramref name="step"/>, from hop <paramref name="hop"/>'s own seed.</summary>
    private static double[] Displaced(double[] from, double step, int hop)
    {
        var random = new Random(StartSeed + 1 + hop);
        var point = new double[from.Length];
        for (var k = 0; k < point.Length; k++)
        {
            point[k] = from[k] + step * (2 * random.NextDouble() - 1);
        }

        return point;
    }

    /// <summary>
    /// The point with each variable in the outer quarter of its range moved onto that bound, one variable at a time,
    /// then all of them at once. When the data leave a direction unidentified (a break far outside them) the loss can
    /// keep falling towards a corner of the box along a flat, bumpy valley that a local run follows only slowly;
    /// started on the bound, the run keeps the bounds that hold and lets the others go.
    /// </summary>
    private static List<double[]> SnappedToNearBounds(double[] from)
    {
        var all = (double[])from.Clone();
        var points = new List<double[]>();
        for (var k = 0; k < from.Length; k++)
        {
            var share = (from[k] - Lower[k]) / (Upper[k] - Lower[k]);
            if (share is > 0.25 and < 0.75 || from[k] == Lower[k] || from[k] == Upper[k])
            {
                continue;
            }

            var point = (double[])from.Clone();
            point[k] = all[k] = share <= 0.25 ? Lower[k] : Upper[k];
            points.Add(point);
        }

        if (points.Count > 1)
        {
            points.Add(all);
        }

        return points;
    }

    /// <summary>Minimises from every start, in parallel; results in start order (NaN loss where a run failed).</summary>
    private static (double Objective, double[] Point)[] RunAll(List<double[]> starts, HuberGroups groups,
        double tolerance, int maxIterations, bool inParallel, CancellationToken cancellationToken)
    {
        var results = new (double Objective, double[] Point)[starts.Count];
        var options = Parallelism.Options(cancellationToken, inParallel);
        try
        {
            Parallel.For(0, starts.Count, options, () => new BoundedLbfgs(Lower, Upper), (i, state, minimiser) =>
            {
                var point = (double[])starts[i].Clone();
                var loss = minimiser.Minimise(Objective(groups, cancellationToken), point, 0, tolerance, maxIterations, out var _);
                results[i] = (double.IsFinite(loss) ? loss : double.NaN, point);
                return minimiser;
            }, _ => { });
        }
        catch (AggregateException)
        {
            // A run cancelled inside the objective surfaces wrapped: a cancelled fit must still end as cancelled.
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }

        return results;
    }

    /// <summary>The run in [from, to) with the lowest finite objective, the earliest on a tie; null when none is finite.</summary>
    private static (double Objective, double[] Point)? Lowest(List<(double Objective, double[] Point)> runs, int from, int to)
    {
        (double Objective, double[] Point)? best = null;
        for (var i = from; i < to; i++)
        {
            if (double.IsFinite(runs[i].Objective) && (best is null || runs[i].Objective < best.Value.Objective))
            {
                best = runs[i];
            }
        }

        return best;
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

    /// <summary>
    /// Huber loss of a + B e^(-c0 t - c1 f1 S((t - δ)/f1)) - y and its analytic gradient over (a, B, c0, c1, δ, f1);
    /// the curve is evaluated once per distinct t (<see cref="HuberGroups"/>). The token is checked at every
    /// evaluation (microseconds apart), so a cancelled fit stops mid-run.
    /// </summary>
    private static GradientObjective Objective(HuberGroups groups, CancellationToken cancellationToken) => (p, gradient) =>
    {
        cancellationToken.ThrowIfCancellationRequested();
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

        (gradient[0], gradient[1], gradient[2], gradient[3], gradient[4], gradient[5]) = (ga, gb, gc0, gc1, gd, gf);
        return loss;
    };

    /// <summary>ln(1 + e^z) without overflow.</summary>
    private static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));

}
