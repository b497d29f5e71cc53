namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// Seed 003 Appendix M's ceiling variant of Eq 4: <c>-ln Q' = A / N^alpha + B / D^beta + E</c>, Qmax = e^-E.
/// Fitted like <see cref="ParamsTokensForm"/> with ln E added to the optimiser and to its grid of starts.
/// </summary>
public sealed class ParamsTokensCeilingForm : ITwoInputFitForm, IResponseTransform
{
    public const string FormId = "params-tokens-ceiling";

    private static readonly FitParameter[] ParameterList =
    [
        new("A", 0, double.PositiveInfinity, "Coefficient of the parameter term"),
        new("alpha", 0, ParamsTokensFitter.MaxExponent, "Exponent of parameters N"),
        new("B", 0, double.PositiveInfinity, "Coefficient of the data term"),
        new("beta", 0, ParamsTokensFitter.MaxExponent, "Exponent of training tokens D"),
        new("E", Math.Exp(ParamsTokensFitter.MinLogE), Math.Exp(ParamsTokensFitter.MaxLogE), "Irreducible -ln Q'; Qmax = e^-E"),
        new(LogAccuracyPowerLawForm.QRandomName, 0, 1, "Chance-level score (setting, not fitted)", IsFitted: false),
    ];

    public string Id => FormId;

    public string DisplayName => "Parameters-tokens power law with ceiling";

    public string Formula => "-ln Q' = A / N^alpha + B / D^beta + E,  Qmax = e^-E,  Q' = (Q - Qrandom) / (1 - Qrandom)";

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
        return ParamsTokensForm.Predict(parameters[0], parameters[1], parameters[2], parameters[3], parameters[4], parameters[5], x, x2);
    }

    public bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        x = double.NaN;
        return false;
    }

    public FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ParamsTokensFitter.Fit(this, request, ceiling: true);
    }

    public double ToFitSpace(IReadOnlyList<double> parameters, double y) => LogAccuracyPowerLawForm.ToLogLogSpace(parameters, 5, y);

    public double FromFitSpace(IReadOnlyList<double> parameters, double v) => LogAccuracyPowerLawForm.FromLogLogSpace(parameters, 5, v);
}
