namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 Eq 4 on the Eq 3-normalised score: <c>-ln Q' = A / N^alpha + B / D^beta</c>, N = parameters (x),
/// D = training tokens (<see cref="FitRequest.X2"/>), both as raw counts. Fitted by Huber loss with a grid of starts
/// (see <see cref="ParamsTokensFitter"/>); the seed's Table 12 lists its coefficients.
/// </summary>
public sealed class ParamsTokensForm : TwoInputFitForm, IResponseTransform
{
    public const string FormId = "params-tokens";

    private static readonly FitParameter[] ParameterList = ParamsTokensFitter.CreateParameters(ceiling: false);

    public override string Id => FormId;

    public override string DisplayName => "Parameters-tokens power law";

    public override string Formula => "-ln Q' = A / N^alpha + B / D^beta,  Q' = (Q - Qrandom) / (1 - Qrandom)";

    public override string SecondInputDescription => "training tokens D";

    public override IReadOnlyList<FitParameter> Parameters => ParameterList;

    public override double Evaluate(IReadOnlyList<double> parameters, double x, double x2)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Predict(parameters[0], parameters[1], parameters[2], parameters[3], 0, parameters[4], x, x2);
    }

    public override FitResult Fit(FitRequest request)
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
