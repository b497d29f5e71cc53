namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// Seed 003 Eq 4 on the Eq 3-normalised score: <c>-ln Q' = A / N^alpha + B / D^beta</c>, N = parameters (x),
/// D = training tokens (<see cref="FitRequest.X2"/>), both as raw counts. Fitted by Huber loss with a grid of starts
/// (see <see cref="ParamsTokensFitter"/>); the seed's Table 12 lists its coefficients.
/// </summary>
public sealed class ParamsTokensForm : ITwoInputFitForm, IResponseTransform
{
    public const string FormId = "params-tokens";

    private static readonly FitParameter[] ParameterList =
    [
        new("A", 0, double.PositiveInfinity, "Coefficient of the parameter term"),
        new("alpha", 0, ParamsTokensFitter.MaxExponent, "Exponent of parameters N"),
        new("B", 0, double.PositiveInfinity, "Coefficient of the data term"),
        new("beta", 0, ParamsTokensFitter.MaxExponent, "Exponent of training tokens D"),
        new(LogAccuracyPowerLawForm.QRandomName, 0, 1, "Chance-level score (setting, not fitted)", IsFitted: false),
    ];

    public string Id => FormId;

    public string DisplayName => "Parameters-tokens power law";

    public string Formula => "-ln Q' = A / N^alpha + B / D^beta,  Q' = (Q - Qrandom) / (1 - Qrandom)";

    public string SecondInputDescription => "training tokens D (--x2)";

    public IReadOnlyList<FitParameter> Parameters => ParameterList;

    /// <summary>Not invertible in one variable: a score fixes a curve of (N, D) pairs, not a point.</summary>
    public bool IsInvertible => false;

    public bool RequiresPositiveX => true;

    /// <summary>NaN: the form needs D too (use the two-input overload).</summary>
    public double Evaluate(IReadOnlyList<double> parameters, double x) => double.NaN;

    public double Evaluate(IReadOnlyList<double> parameters, double x, double x2)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Predict(parameters[0], parameters[1], parameters[2], parameters[3], 0, parameters[4], x, x2);
    }

    public bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        x = double.NaN;
        return false;
    }

    public FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ParamsTokensFitter.Fit(this, request, ceiling: false);
    }

    public double ToFitSpace(IReadOnlyList<double> parameters, double y) => LogAccuracyPowerLawForm.ToLogLogSpace(parameters, 4, y);

    public double FromFitSpace(IReadOnlyList<double> parameters, double v) => LogAccuracyPowerLawForm.FromLogLogSpace(parameters, 4, v);

    /// <summary>Q = Qrandom + (1 - Qrandom) e^-(A/N^alpha + B/D^beta + E); NaN unless N, D &gt; 0.</summary>
    internal static double Predict(double a, double alpha, double b, double beta, double e, double qr, double n, double d) =>
        n > 0 && d > 0 ? qr + (1 - qr) * Math.Exp(-(a * Math.Pow(n, -alpha) + b * Math.Pow(d, -beta) + e)) : double.NaN;
}
