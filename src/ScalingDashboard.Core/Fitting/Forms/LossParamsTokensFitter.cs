using ScalingDashboard.Core.Concurrency;
using System.Globalization;
using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// The fit behind <see cref="LossParamsTokensForm"/>, as Hoffmann et al. (2022, approach 3) and Besiroglu et al. (2024)
/// describe it: a = ln A, b = ln B, e = ln E; the objective is the sum over runs of Huber (delta 1e-3) of
/// ln L - LSE(a - alpha ln N, b - beta ln D, e); L-BFGS from every point of their grid (4,500 starts), keeping the
/// lowest objective (ties to the earliest start, so the answer never depends on thread timing).
/// </summary>
internal static class LossParamsTokensFitter
{
    /// <summary>The published grid: alpha, beta in {0, 0.5, ..., 2}; e in {-1, -0.5, ..., 1}; a, b in {0, 5, ..., 25}.</summary>
    public static readonly double[] ExponentGrid = [0, 0.5, 1, 1.5, 2];

    public static readonly double[] LogFloorGrid = [-1, -0.5, 0, 0.5, 1];

    public static readonly double[] LogCoefficientGrid = [0, 5, 10, 15, 20, 25];

    public static int StartCount => ExponentGrid.Length * ExponentGrid.Length * LogFloorGrid.Length * LogCoefficientGrid.Length * LogCoefficientGrid.Length;

    // Per start: scipy's L-BFGS-B defaults (gtol 1e-5, ftol 2.2e-9), which the published replication ran with; the
    // best start is then polished to the tolerance a noise-free recovery needs (iterations on one start, not 4,500).
    private const double StartGradientTolerance = 1e-5;
    private const double StartRelativeTolerance = 2.2e-9;
    private const int StartMaxIterations = 1000;
    private const int PolishMaxIterations = 5000;

    /// <summary>Starts handed to one task at a time: large enough that scheduling costs nothing next to the fits.</summary>
    private const int StartsPerChunk = 50;

    /// <summary>Half-widths of the perturbations a warm-started refit tries: about a tenth of a typical exponent, a few
    /// tenths in the log-coefficients and floor, so a start can cross into a neighbouring basin without leaving the data's scale.</summary>
    private const double ExponentJitter = 0.05;
    private const double LogJitter = 0.5;

    public static FitResult Fit(LossParamsTokensForm form, FitRequest request) => Fit(form, request, null, 0, 0);

    /// <summary>
    /// A bootstrap refit: L-BFGS from <paramref name="full"/>'s optimum (re-centred on this request's runs) and from
    /// <paramref name="perturbed"/> seeded perturbations of it, instead of the 4,500-start grid; the best is polished as in
    /// the full fit. No standard errors or diagnostics: the bootstrap reads only the parameters.
    /// </summary>
    public static FitResult FitFrom(LossParamsTokensForm form, FitRequest request, FitResult full, int perturbed, int seed) =>
        full.Converged ? Fit(form, request, full, perturbed, seed) : Fit(form, request);

    private static FitResult Fit(LossParamsTokensForm form, FitRequest request, FitResult? warm, int perturbed, int seed)
    {
        if (request.X2 is null)
        {
            return FailedFit.Create(form, request, $"Form '{form.Id}' needs a second input ({form.SecondInputDescription}).");
        }

        var count = request.X.Count;
        var used = new bool[count];
        var logN = new List<double>(count);
        var logD = new List<double>(count);
        var logL = new List<double>(count);
        int badLoss = 0, badInput = 0;
        for (var i = 0; i < count; i++)
        {
            double n = request.X[i], d = request.X2[i], l = request.Y[i];
            if (double.IsNaN(n) || double.IsNaN(d) || double.IsNaN(l))
            {
                continue;
            }

            if (!(n > 0 && d > 0 && double.IsFinite(n) && double.IsFinite(d)))
            {
                badInput++;
            }
            else if (!(l > 0 && double.IsFinite(l)))
            {
                badLoss++;
            }
            else
            {
                used[i] = true;
                logN.Add(Math.Log(n));
                logD.Add(Math.Log(d));
                logL.Add(Math.Log(l));
            }
        }

        const int k = LseHuberObjective.Dimension;
        if (logL.Count <= k)
        {
            return FailedFit.Create(form, request, $"Needs more than {k} runs with N > 0, D > 0 and loss > 0; found {logL.Count}.");
        }

        var meanN = logN.Average();
        var meanD = logD.Average();
        var objective = new LseHuberObjective(
            logN.Select(v => v - meanN).ToArray(), logD.Select(v => v - meanD).ToArray(), [.. logL], HuberLoss.SeedDelta);
        var ends = warm is null ? new (double Objective, double[] Point)[StartCount] : null;
        var best = warm is null
            ? Search(objective, meanN, meanD, request.Cancellation, ends, request.SearchInParallel)
            : WarmSearch(objective, WarmStarts(warm.Values, meanN, meanD, perturbed, seed), request.Cancellation);
        if (best.Point is null)
        {
            return FailedFit.Create(form, request, "L-BFGS found no finite objective from any of the grid's starts.");
        }

        var p = best.Point;
        var polisher = new Lbfgs(k);
        var polished = polisher.Minimise(objective.Evaluate, p, 0, 0, PolishMaxIterations, out _);
        double[] Reported(double[] q) => [Math.Exp(q[0] + (q[3] * meanN)), Math.Exp(q[1] + (q[4] * meanD)), Math.Exp(q[2]), q[3], q[4]];
        var values = Reported(p);
        var parameters = values.Select((v, j) => new ParameterEstimate(form.Parameters[j].Name, v, null)).ToArray();
        var x2 = request.X2;
        var (points, train, _) = FittedPoints.Evaluate(request, used, i => form.Evaluate(values, request.X[i], x2[i]));

        var rss = 0.0;
        for (var i = 0; i < count; i++)
        {
            if (used[i])
            {
                var r = Math.Log(request.Y[i]) - Math.Log(form.Evaluate(values, request.X[i], x2[i]));
                rss += r * r;
            }
        }

        var criteria = InformationCriteria.Create(logL.Count, k, rss, "ln L");
        if (ends is null)
        {
            var warmMessage = string.Create(CultureInfo.InvariantCulture,
                $"L-BFGS on Huber loss (delta {HuberLoss.SeedDelta}) in ln L space from the full-data optimum and {perturbed} perturbed starts over {logL.Count} of {count} runs: objective {polished:G6}.");
            return FitResult.Succeeded(form.Id, parameters, warmMessage, points, train, criteria);
        }

        var message = string.Create(CultureInfo.InvariantCulture,
            $"L-BFGS on Huber loss (delta {HuberLoss.SeedDelta}) in ln L space from {StartCount} grid starts over {logL.Count} of {count} runs: "
            + $"objective {polished:G6} (best start {best.Index + 1}).{LeftOut(badInput, badLoss, count)} Standard errors: Gauss-Newton at the Huber estimate.");
        // The optimiser reads A and B at the runs' mean ln N and ln D; trade-offs are judged there too.
        var (fit, tradeOffs) = NumericalStandardErrors.AttachWithTradeOffs(form, request, FitResult.Succeeded(form.Id, parameters, message, points, train, criteria),
            [new Centring("A", "alpha", meanN), new Centring("B", "beta", meanD)]);
        return StartDiagnostics.Attach(form, fit, ends.Select(e => (e.Objective, e.Point is null ? new double[k] : Reported(e.Point))), tradeOffs);
    }

    /// <summary>The full fit's optimum in this request's centred coordinates, then seeded perturbations of it.</summary>
    private static double[][] WarmStarts(IReadOnlyList<double> full, double meanLogN, double meanLogD, int perturbed, int seed)
    {
        var (a, b, e, alpha, beta) = (full[0], full[1], full[2], full[3], full[4]);
        double[] centre = [Math.Log(a) - (alpha * meanLogN), Math.Log(b) - (beta * meanLogD), Math.Log(e), alpha, beta];
        var starts = new double[perturbed + 1][];
        starts[0] = centre;
        var random = new Random(seed);
        for (var s = 1; s <= perturbed; s++)
        {
            var start = (double[])centre.Clone();
            for (var j = 0; j < start.Length; j++)
            {
                var width = j >= 3 ? ExponentJitter : LogJitter;
                start[j] += width * ((2 * random.NextDouble()) - 1);
            }

            starts[s] = start;
        }

        return starts;
    }

    /// <summary>L-BFGS from each start in turn, keeping the lowest objective (ties to the earliest start).</summary>
    private static (double Objective, int Index, double[]? Point) WarmSearch(LseHuberObjective objective, double[][] starts, CancellationToken cancellationToken)
    {
        var lbfgs = new Lbfgs(LseHuberObjective.Dimension);
        (double Objective, int Index, double[]? Point) best = (double.PositiveInfinity, int.MaxValue, null);
        for (var s = 0; s < starts.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var point = (double[])starts[s].Clone();
            var f = lbfgs.Minimise(objective.Evaluate, point, StartGradientTolerance, StartRelativeTolerance, StartMaxIterations, out _);
            if (IsBetter(f, s, best.Objective, best.Index))
            {
                best = (f, s, point);
            }
        }

        return best;
    }

    /// <summary>
    /// Every grid start, run in parallel; the lowest objective wins and ties go to the earliest start, so the result is
    /// the same on one core or many. Cancellation is checked before every start. <paramref name="ends"/>, when given,
    /// receives every start's final objective and point at the start's index.
    /// </summary>
    public static (double Objective, int Index, double[]? Point) Search(LseHuberObjective objective, double meanLogN, double meanLogD,
        CancellationToken cancellationToken, (double Objective, double[] Point)[]? ends = null, bool inParallel = true)
    {
        var starts = Starts(meanLogN, meanLogD);
        var chunks = (starts.Length + StartsPerChunk - 1) / StartsPerChunk;
        var gate = new object();
        (double Objective, int Index, double[]? Point) best = (double.PositiveInfinity, int.MaxValue, null);
        var options = Parallelism.Options(cancellationToken, inParallel);
        Parallel.For(0, chunks, options, chunk =>
        {
            var lbfgs = new Lbfgs(LseHuberObjective.Dimension);
            var point = new double[LseHuberObjective.Dimension];
            (double Objective, int Index, double[]? Point) local = (double.PositiveInfinity, int.MaxValue, null);
            var end = Math.Min(starts.Length, (chunk + 1) * StartsPerChunk);
            for (var s = chunk * StartsPerChunk; s < end; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                starts[s].CopyTo(point, 0);
                var f = lbfgs.Minimise(objective.Evaluate, point, StartGradientTolerance, StartRelativeTolerance, StartMaxIterations, out _);
                if (ends is not null)
                {
                    ends[s] = (f, (double[])point.Clone());
                }

                if (IsBetter(f, s, local.Objective, local.Index))
                {
                    local = (f, s, (double[])point.Clone());
                }
            }

            lock (gate)
            {
                if (IsBetter(local.Objective, local.Index, best.Objective, best.Index))
                {
                    best = local;
                }
            }
        });
        return best;
    }

    /// <summary>The grid as centred points (a', b', e, alpha, beta), in the order the grid is listed (alpha outermost).</summary>
    private static double[][] Starts(double meanLogN, double meanLogD)
    {
        var starts = new List<double[]>(StartCount);
        foreach (var alpha in ExponentGrid)
        {
            foreach (var beta in ExponentGrid)
            {
                foreach (var e in LogFloorGrid)
                {
                    foreach (var a in LogCoefficientGrid)
                    {
                        foreach (var b in LogCoefficientGrid)
                        {
                            starts.Add([a - (alpha * meanLogN), b - (beta * meanLogD), e, alpha, beta]);
                        }
                    }
                }
            }
        }

        return [.. starts];
    }

    /// <summary>Lower objective, or the same objective from an earlier start. NaN never wins.</summary>
    private static bool IsBetter(double objective, int index, double bestObjective, int bestIndex) =>
        objective < bestObjective || (objective == bestObjective && index < bestIndex);

    private static string LeftOut(int badInput, int badLoss, int count)
    {
        var parts = new List<string>(2);
        if (badInput > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{badInput} of {count} runs have N or D <= 0"));
        }

        if (badLoss > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{badLoss} of {count} runs have loss <= 0, which ln L cannot take"));
        }

        return parts.Count == 0 ? "" : " " + string.Join("; ", parts) + "; left out.";
    }
}
