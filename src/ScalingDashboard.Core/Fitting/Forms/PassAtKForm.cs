using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 Eq 5, pass@k against compute C (x) and the number of samples k (<see cref="FitRequest.X2"/>):
/// <c>ln(-ln Q) = ln A + alpha ln C + beta ln k + delta ln C ln k</c>, fitted by ordinary least squares (linear in
/// its four coefficients) over points with <c>Q &gt;= Qrandom + margin</c> and Q &lt; 1.
/// </summary>
/// <remarks>
/// Reading the seed's Table 13: like Table 11, its columns are shifted. Its "A" holds e^alpha (HumanEval 0.8413, the
/// Eq 2 slope e^-0.17 at k = 1), its "alpha" holds beta, its "beta" holds delta and its "delta" holds ln A.
/// Q is the raw pass rate (chance is 0 for generated code); Qrandom only moves the fitting floor.
/// </remarks>
public sealed class PassAtKForm : TwoInputFitForm, IResponseTransform
{
    public const string FormId = "pass-at-k";

    // A k read from text as 3.0000000001 is still 3; anything further from a whole number is not a count.
    private const double WholeTolerance = 1e-9;

    private static readonly FitParameter[] ParameterList =
    [
        FitParameter.Positive("A", "e^intercept of ln(-ln Q)"),
        FitParameter.Free("alpha", "Coefficient of ln C (negative: more compute, higher pass rate)"),
        FitParameter.Free("beta", "Coefficient of ln k"),
        FitParameter.Free("delta", "Coefficient of ln C ln k (how k's benefit changes with compute)"),
    ];

    public PassAtKForm()
        : base(FormId, "pass@k in compute and samples", "ln(-ln Q) = ln A + alpha ln C + beta ln k + delta ln C ln k", ParameterList,
            "number of samples k (or pass@1..pass@N columns, stacked)")
    {
    }

    /// <summary>k counts samples drawn per problem, so 2.5 or 0.3 is not a k but another column picked by mistake (a loss).</summary>
    public override string? SecondInputRule => "k must be a whole number of samples >= 1";

    public override bool AcceptsSecondInput(double value) =>
        value >= 1 && double.IsFinite(value) && Math.Abs(value - Math.Round(value)) <= WholeTolerance * value;

    public override double Evaluate(IReadOnlyList<double> parameters, double x, double x2)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return x > 0 && x2 > 0 ? Math.Exp(-Math.Exp(Linear(parameters, Math.Log(x), Math.Log(x2)))) : double.NaN;
    }

    public double ToFitSpace(IReadOnlyList<double> parameters, double y) => y > 0 && y < 1 ? Math.Log(-Math.Log(y)) : double.NaN;

    public double FromFitSpace(IReadOnlyList<double> parameters, double v) => Math.Exp(-Math.Exp(v));

    public override FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.X2 is null)
        {
            return FailedFit.Create(this, request, $"Form '{Id}' needs a second input ({SecondInputDescription}).");
        }

        // Refused rather than skipped: a column of non-whole k is almost always the wrong column, and a fit over the
        // rest would report "converged" on it. The analysis leaves such rows out and counts them before this point.
        if (SecondInputCheck.Refused(this, request.X2, "k") is { } refused)
        {
            return FailedFit.Create(this, request, refused + ".");
        }

        var n = request.X.Count;
        var used = new bool[n];
        var rows = new List<(double LnC, double LnK, double V)>(n);
        var floor = request.QRandom + request.Margin;
        for (var i = 0; i < n; i++)
        {
            var (c, k, q) = (request.X[i], request.X2[i], request.Y[i]);
            if (c > 0 && k > 0 && double.IsFinite(c) && double.IsFinite(k) && q >= floor && q > 0 && q < 1)
            {
                used[i] = true;
                rows.Add((Math.Log(c), Math.Log(k), Math.Log(-Math.Log(q))));
            }
        }

        if (rows.Count <= ParameterList.Length || rows.Select(r => r.LnK).Distinct().Count() < 2)
        {
            return FailedFit.Create(this, request,
                $"Needs more than 4 points with C > 0, k > 0 and {floor:G4} <= Q < 1, at two or more k; found {rows.Count}.");
        }

        // QR of the design matrix rather than normal equations: ln C ≈ 48 and ln C ln k ≈ 230 make X'X ill-conditioned.
        var design = Matrix<double>.Build.Dense(rows.Count, 4, (i, j) => j switch
        {
            0 => 1,
            1 => rows[i].LnC,
            2 => rows[i].LnK,
            _ => rows[i].LnC * rows[i].LnK,
        });
        var v = Vector<double>.Build.Dense(rows.Count, i => rows[i].V);
        var qr = design.QR();
        var beta = qr.Solve(v);
        var residual = v - design * beta;
        var rss = residual.DotProduct(residual);
        var dof = rows.Count - 4;
        var rInverse = qr.R.SubMatrix(0, 4, 0, 4).Inverse();
        var covariance = rInverse * rInverse.Transpose() * (rss / dof);
        double Se(int j) => Math.Sqrt(covariance[j, j]);

        var a = Math.Exp(beta[0]);
        var parameters = new[]
        {
            new ParameterEstimate("A", a, a * Se(0)),
            new ParameterEstimate("alpha", beta[1], Se(1)),
            new ParameterEstimate("beta", beta[2], Se(2)),
            new ParameterEstimate("delta", beta[3], Se(3)),
        };
        var values = new[] { a, beta[1], beta[2], beta[3] };
        var x2 = request.X2;
        var (points, train, _) = FittedPoints.Evaluate(request, used, i => Evaluate(values, request.X[i], x2[i]));

        var message = $"OLS (QR) of ln(-ln Q) on 1, ln C, ln k, ln C ln k over {rows.Count} of {n} points.";
        var criteria = InformationCriteria.Create(rows.Count, 4, rss, "ln(-ln Q)");
        return FitResult.Succeeded(Id, parameters, message, points, train, criteria);
    }

    private static double Linear(IReadOnlyList<double> p, double lnC, double lnK) =>
        Math.Log(p[0]) + p[1] * lnC + p[2] * lnK + p[3] * lnC * lnK;
}
