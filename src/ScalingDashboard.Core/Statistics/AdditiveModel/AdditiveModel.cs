using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// Fits the Gaussian additive mixed model of <see cref="AdditiveModelRequest"/> as R's mgcv does with
/// <c>gam(y ~ s(x, bs="cr", k=10) + s(g, bs="re"), method="REML")</c>: a penalised cubic regression spline with
/// mgcv's knots, penalty and sum-to-zero constraint, random intercepts as an identity-penalised block of group dummies,
/// and smoothing parameters minimising the Laplace-approximate restricted likelihood with the scale profiled out.
/// Everything after one pass over the rows works in the (k + levels)-dimensional coefficient space.
/// </summary>
public static class AdditiveModel
{
    public static AdditiveModelResult Fit(AdditiveModelRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.X);
        ArgumentNullException.ThrowIfNull(request.Y);
        var notes = new List<string>();
        if (RequestProblem(request) is { } requestProblem)
        {
            return AdditiveModelResult.Failed(requestProblem, 0, request.X.Count, notes);
        }

        var rows = ModelRows.Select(request);
        if (rows.LeftOut > 0)
        {
            notes.Add($"{rows.LeftOut} rows left out for a non-finite x or y or a missing level.");
        }

        if (DataProblem(rows, notes) is { } dataProblem)
        {
            return AdditiveModelResult.Failed(dataProblem, rows.Count, rows.LeftOut, notes);
        }

        var distinct = rows.X.Distinct().Order().ToArray();
        var k = request.Knots;
        if (distinct.Length < k)
        {
            notes.Add($"k reduced from {k} to {distinct.Length}, the number of distinct x values.");
            k = distinct.Length;
        }

        // mgcv refuses a model with more coefficients than rows; the penalised random intercepts do not count.
        var fixedCoefficients = 1 + (k - 1) * rows.ByNames.Length + (rows.ByNames.Length - 1);
        if (rows.Count <= fixedCoefficients)
        {
            return AdditiveModelResult.Failed(
                $"{rows.Count} rows are too few for {fixedCoefficients} spline coefficients; a smooth needs more rows than coefficients. Add rows or drop the by factor.",
                rows.Count, rows.LeftOut, notes);
        }

        var spline = CubicRegressionSpline.ForData(distinct, k);
        try
        {
            var design = PenalizedDesign.Build(rows, spline, cancellationToken);
            var (state, converged) = RemlOptimizer.Minimise(design, rows.Count, cancellationToken);
            if (!converged)
            {
                notes.Add("REML did not fully converge; the smoothing parameters may be slightly off.");
            }

            var result = Summarise(rows, spline, design, state, notes, request.GridSize);
            return double.IsFinite(result.Edf) && result.ResidualVariance > 0
                ? result
                : AdditiveModelResult.Failed(ExactFit, rows.Count, rows.LeftOut, notes);
        }
        catch (ArithmeticException)
        {
            return AdditiveModelResult.Failed(ExactFit, rows.Count, rows.LeftOut, notes);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // MathNet's Cholesky refuses a matrix that is not positive definite: the data cannot identify the model.
            return AdditiveModelResult.Failed(
                "the model is not identifiable from these rows (too few rows or distinct x per level); merge small levels or drop the random term.",
                rows.Count, rows.LeftOut, notes);
        }
    }

    private const string ExactFit =
        "the fit broke down numerically: y is (almost) an exact function of x and the groups, so no residual variance is left to estimate; choose another response or predictor.";

    private static string? RequestProblem(AdditiveModelRequest request)
    {
        if (request.Y.Count != request.X.Count
            || (request.RandomGroups is { } g && g.Count != request.X.Count)
            || (request.By is { } b && b.Count != request.X.Count))
        {
            return "X, Y, RandomGroups and By must have one entry per row; their lengths differ.";
        }

        if (request.Knots < 3)
        {
            return $"Knots must be at least 3 for a cubic regression spline; got {request.Knots}.";
        }

        return request.GridSize < 2 ? $"GridSize must be at least 2; got {request.GridSize}." : null;
    }

    private static string? DataProblem(ModelRows rows, List<string> notes)
    {
        for (var level = 0; level < rows.ByNames.Length; level++)
        {
            var distinct = Enumerable.Range(0, rows.Count).Where(i => rows.ByLevel(i) == level).Select(i => rows.X[i]).Distinct().Count();
            if (distinct < 3)
            {
                var where = rows.By is null ? "" : $" in by level '{rows.ByNames[level]}'";
                return $"needs at least 3 distinct x values for a smooth{where}; found {distinct}.";
            }
        }

        if (rows.Y.Max() - rows.Y.Min() <= 1e-12 * Math.Max(1, Math.Abs(rows.Y[0])))
        {
            return "y is constant over the fitted rows, so there is nothing to smooth; choose a varying response.";
        }

        if (rows.Groups is { } groups)
        {
            var singles = groups.GroupBy(g => g).Count(g => g.Count() == 1);
            if (singles > 0)
            {
                notes.Add($"{singles} of {rows.GroupNames.Length} random-effect levels have a single row; their intercepts are shrunk strongly.");
            }
        }

        return null;
    }

    private static AdditiveModelResult Summarise(
        ModelRows rows, CubicRegressionSpline spline, PenalizedDesign design, RemlState state, List<string> notes, int gridSize)
    {
        var influence = state.Inverse * design.CrossProduct;
        var totalEdf = influence.Trace();
        var covariance = state.Inverse * state.Scale;
        var m = spline.Dimension - 1;
        var smooths = new List<SmoothTerm>();
        for (var level = 0; level < rows.ByNames.Length; level++)
        {
            var offset = design.SmoothOffsets[level];
            var edf = Enumerable.Range(offset, m).Sum(i => influence[i, i]);
            var beta = state.Beta.SubVector(offset, m);
            var blockCovariance = covariance.SubMatrix(offset, m, offset, m);
            var p = SmoothSignificance.PValue(beta, blockCovariance, design.CrossProduct.SubMatrix(offset, m, offset, m), edf, rows.Count - totalEdf);
            var grid = Grid(rows, spline, design.Constraint, beta, blockCovariance, level, gridSize);
            smooths.Add(new SmoothTerm(rows.ByNames[level], edf, p, grid, spline.Knots));
        }

        var (partialResiduals, rss) = PartialResiduals(rows, design, state.Beta, m);
        var mean = rows.Y.Average();
        var totalSquares = rows.Y.Sum(y => (y - mean) * (y - mean));
        var randomVariance = design.RandomOffset < 0 ? double.NaN : state.Scale / Math.Exp(state.Rho[^1]);
        return new AdditiveModelResult(
            smooths, randomVariance, state.Scale, 1 - (rss / totalSquares), state.Beta[0], rows.Count, rows.LeftOut,
            state.Score, null, notes, partialResiduals, rows.X);
    }

    private static SmoothGridPoint[] Grid(
        ModelRows rows, CubicRegressionSpline spline, Matrix<double> constraint, Vector<double> beta,
        Matrix<double> covariance, int level, int gridSize)
    {
        var xs = Enumerable.Range(0, rows.Count).Where(i => rows.ByLevel(i) == level).Select(i => rows.X[i]).ToArray();
        var (low, high) = (xs.Min(), xs.Max());
        var basis = new double[spline.Dimension];
        var points = new SmoothGridPoint[gridSize];
        for (var g = 0; g < gridSize; g++)
        {
            var x = g == gridSize - 1 ? high : low + ((high - low) * g / (gridSize - 1));
            spline.Evaluate(x, basis);
            var row = constraint.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(basis));
            var variance = row.DotProduct(covariance * row);
            points[g] = new SmoothGridPoint(x, row.DotProduct(beta), Math.Sqrt(Math.Max(variance, 0)));
        }

        return points;
    }

    /// <summary>Each row's smooth value plus its residual, and the residual sum of squares.</summary>
    private static (double[] PartialResiduals, double Rss) PartialResiduals(ModelRows rows, PenalizedDesign design, Vector<double> beta, int m)
    {
        var result = new double[rows.Count];
        var rss = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            var level = rows.ByLevel(i);
            var smooth = 0.0;
            for (var c = 0; c < m; c++)
            {
                smooth += design.SmoothRows[(i * m) + c] * beta[design.SmoothOffsets[level] + c];
            }

            var fitted = beta[0] + (level > 0 ? beta[level] : 0) + smooth
                + (rows.Groups is { } groups ? beta[design.RandomOffset + groups[i]] : 0);
            var residual = rows.Y[i] - fitted;
            rss += residual * residual;
            result[i] = smooth + residual;
        }

        return (result, rss);
    }
}
