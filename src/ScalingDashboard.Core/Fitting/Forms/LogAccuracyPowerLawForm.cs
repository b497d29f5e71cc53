using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 Eq 2 with Eq 3: <c>-ln Q' = A * C^(-alpha)</c>, <c>Q' = (Q - Qrandom) / (1 - Qrandom)</c>.
/// Fitted as the seed's released code does: ordinary least squares of <c>ln(-ln Q')</c> on <c>ln C</c>
/// (slope = -alpha, intercept = ln A) over points with <c>Q &gt;= Qrandom + margin</c>.
/// </summary>
/// <remarks>
/// Reading the seed's Table 11: its column "A" holds <c>e^slope</c> and its column "alpha" holds the intercept.
/// ARC-E's "0.8320, 8.4951" therefore mean alpha = -ln 0.8320 = 0.184 and A = e^8.4951 ≈ 4.9e3 with C in raw FLOPs.
/// <see cref="FitResult.Linear"/> carries the slope and intercept so users can make that comparison.
/// Standard errors come from the OLS covariance; A's uses the delta method (SE(A) = A * SE(intercept)).
/// </remarks>
public sealed class LogAccuracyPowerLawForm : NormalisedScoreForm, IResponseTransform
{
    public const string FormId = "log-accuracy-power-law";
    public const string QRandomName = "Qrandom";

    /// <summary>The space Eq 2 is a straight line in, where the OLS (and the ceiling form's Huber fit) takes residuals.</summary>
    internal const string ResidualSpace = "ln(-ln Q')";

    private static readonly FitParameter[] ParameterList =
    [
        FitParameter.Positive("A", "Scale of -ln Q' (in units of x^alpha)"),
        FitParameter.Positive("alpha", "Power-law exponent of -ln Q' in x"),
        FitParameter.ChanceLevel,
    ];

    public LogAccuracyPowerLawForm()
        : base(FormId, "Log-accuracy power law", "-ln Q' = A * C^(-alpha),  Q' = (Q - Qrandom) / (1 - Qrandom)", ParameterList)
    {
    }

    public override double Evaluate(IReadOnlyList<double> parameters, double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var qr = parameters[2];
        return Predict(Math.Log(parameters[0]), -parameters[1], qr, x);
    }

    public override bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var a = parameters[0];
        var alpha = parameters[1];
        var qr = parameters[2];
        var normalised = (y - qr) / (1 - qr);
        x = double.NaN;
        if (!(normalised > 0 && normalised < 1) || !(a > 0) || alpha == 0 || !double.IsFinite(alpha))
        {
            return false;
        }

        // ln(-ln Q') = ln A - alpha ln C, solved for ln C.
        x = Math.Exp((Math.Log(a) - Math.Log(-Math.Log(normalised))) / alpha);
        return double.IsFinite(x);
    }

    public double ToFitSpace(IReadOnlyList<double> parameters, double y) => ToLogLogSpace(parameters, 2, y);

    public double FromFitSpace(IReadOnlyList<double> parameters, double v) => FromLogLogSpace(parameters, 2, v);

    /// <summary>ln(-ln Q') with Qrandom at <paramref name="qrIndex"/>; NaN outside Qrandom &lt; y &lt; 1.</summary>
    internal static double ToLogLogSpace(IReadOnlyList<double> parameters, int qrIndex, double y)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var qr = parameters[qrIndex];
        var normalised = (y - qr) / (1 - qr);
        return normalised > 0 && normalised < 1 ? Math.Log(-Math.Log(normalised)) : double.NaN;
    }

    /// <summary>The inverse of <see cref="ToLogLogSpace"/>: Qrandom + (1 - Qrandom) e^(-e^v).</summary>
    internal static double FromLogLogSpace(IReadOnlyList<double> parameters, int qrIndex, double v)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var qr = parameters[qrIndex];
        return qr + (1 - qr) * Math.Exp(-Math.Exp(v));
    }

    private protected override FitResult FitNormalised(FitRequest request)
    {
        var qr = request.QRandom;
        var xs = request.X;
        var ys = request.Y;
        var n = xs.Count;
        var threshold = qr + request.Margin;
        var used = new bool[n];
        var line = new LinearAccumulator();
        // Hot path: one pass, no LINQ, no matrices, no lists (target < 5 µs for the 54-run ladder).
        for (var i = 0; i < n; i++)
        {
            if (LogLogSample.TryTransform(xs[i], ys[i], qr, request.Margin, out var u, out var v))
            {
                line.Add(u, v);
                used[i] = true;
            }
        }

        if (!line.IsDetermined)
        {
            return FailedFit.Create(this, request,
                $"Needs at least 2 points with x > 0 and Qrandom + margin <= Q < 1 (Q >= {Format(threshold)}) at distinct x; found {line.Count}.");
        }

        var fit = line.ToLinearFit();
        var slope = fit.Slope;
        var intercept = fit.Intercept;
        var points = new FitPoint[n];
        var errors = new ErrorAccumulator();
        for (var i = 0; i < n; i++)
        {
            var predicted = Predict(intercept, slope, qr, xs[i]);
            points[i] = new FitPoint(i, xs[i], ys[i], predicted, used[i], request.Labels?[i]);
            if (used[i])
            {
                errors.Add(ys[i], predicted);
            }
        }

        var message = $"Closed-form OLS of ln(-ln Q') on ln x over {fit.Count} of {n} points (Q >= {Format(threshold)}).";
        return Result(FormId, fit, qr, message, points, errors.ToMetrics());
    }

    /// <summary>
    /// The result of a straight-line fit of Eq 2 (OLS here, Huber in <see cref="LogAccuracyPowerLawHuberForm"/>):
    /// A = e^intercept with its delta-method error, alpha = -slope, and a warning when the score does not rise.
    /// </summary>
    internal static FitResult Result(string formId, LinearFit line, double qr, string message, IReadOnlyList<FitPoint> points, ErrorMetrics train)
    {
        var a = Math.Exp(line.Intercept);
        var parameters = new[]
        {
            new ParameterEstimate("A", a, NullIfNaN(a * line.InterceptStandardError)),
            new ParameterEstimate("alpha", -line.Slope, NullIfNaN(line.SlopeStandardError)),
            new ParameterEstimate(QRandomName, qr, null),
        };
        if (line.Slope >= 0)
        {
            message += " Warning: alpha <= 0, the score does not rise with x.";
        }

        // For a Huber line this is evaluated at its estimate, so RSS is at least the OLS minimum: still comparable.
        var criteria = InformationCriteria.Create(line.Count, 2, line.ResidualSumOfSquares, ResidualSpace);
        return FitResult.Succeeded(formId, parameters, message, points, train, criteria, linear: line);
    }

    /// <summary>Q = Qrandom + (1 - Qrandom) * exp(-exp(intercept + slope * ln x)); NaN for x &lt;= 0.</summary>
    private static double Predict(double intercept, double slope, double qr, double x) =>
        x > 0 ? qr + (1 - qr) * Math.Exp(-Math.Exp(intercept + slope * Math.Log(x))) : double.NaN;


}
