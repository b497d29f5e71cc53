namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 Appendix M's ceiling variant of Eq 4: <c>-ln Q' = A / N^alpha + B / D^beta + E</c>, Qmax = e^-E.
/// Fitted like <see cref="ParamsTokensForm"/> with ln E added to the optimiser and to its grid of starts.
/// </summary>
public sealed class ParamsTokensCeilingForm : TwoInputFitForm, IResponseTransform
{
    public const string FormId = "params-tokens-ceiling";

    private static readonly FitParameter[] ParameterList = ParamsTokensFitter.CreateParameters(ceiling: true);

    public override string Id => FormId;

    public override string DisplayName => "Parameters-tokens power law with ceiling";

    public override string Formula => "-ln Q' = A / N^alpha + B / D^beta + E,  Qmax = e^-E,  Q' = (Q - Qrandom) / (1 - Qrandom)";

    public override string SecondInputDescription => "training tokens D";

    public override IReadOnlyList<FitParameter> Parameters => ParameterList;

    public override double Evaluate(IReadOnlyList<double> parameters, double x, double x2)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return ParamsTokensForm.Predict(parameters[0], parameters[1], parameters[2], parameters[3], parameters[4], parameters[5], x, x2);
    }

    public override FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ParamsTokensFitter.Fit(this, request, ceiling: true);
    }

    public double ToFitSpace(IReadOnlyList<double> parameters, double y) => LogAccuracyPowerLawForm.ToLogLogSpace(parameters, 5, y);

    public double FromFitSpace(IReadOnlyList<double> parameters, double v) => LogAccuracyPowerLawForm.FromLogLogSpace(parameters, 5, v);
}
