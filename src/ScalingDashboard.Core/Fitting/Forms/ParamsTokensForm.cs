namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 Eq 4 on the Eq 3-normalised score: <c>-ln Q' = A / N^alpha + B / D^beta</c>, N = parameters (x),
/// D = training tokens (<see cref="FitRequest.X2"/>), both as raw counts. Fitted by Huber loss with a grid of starts
/// (see <see cref="ParamsTokensFitter"/>); the seed's Table 12 lists its coefficients. <see cref="ParamsTokensCeilingForm"/>
/// is the same form with a ceiling E, so both share this class and differ only in that switch.
/// </summary>
public class ParamsTokensForm : TwoInputFitForm, IResponseTransform
{
    public const string FormId = "params-tokens";

    private readonly bool _ceiling;

    public ParamsTokensForm()
        : this(FormId, "Parameters-tokens power law", "-ln Q' = A / N^alpha + B / D^beta,  Q' = (Q - Qrandom) / (1 - Qrandom)", ceiling: false)
    {
    }

    private protected ParamsTokensForm(string id, string displayName, string formula, bool ceiling)
        : base(id, displayName, formula, ParamsTokensFitter.CreateParameters(ceiling), "training tokens D")
    {
        _ceiling = ceiling;
    }

    /// <summary>Where Qrandom sits in the parameter list: after E when there is a ceiling.</summary>
    private int QRandomIndex => _ceiling ? 5 : 4;

    public sealed override double Evaluate(IReadOnlyList<double> parameters, double x, double x2)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var e = _ceiling ? parameters[4] : 0;
        return Predict(parameters[0], parameters[1], parameters[2], parameters[3], e, parameters[QRandomIndex], x, x2);
    }

    public sealed override FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ParamsTokensFitter.Fit(this, request, _ceiling);
    }

    public double ToFitSpace(IReadOnlyList<double> parameters, double y) => LogAccuracyPowerLawForm.ToLogLogSpace(parameters, QRandomIndex, y);

    public double FromFitSpace(IReadOnlyList<double> parameters, double v) => LogAccuracyPowerLawForm.FromLogLogSpace(parameters, QRandomIndex, v);

    /// <summary>Q = Qrandom + (1 - Qrandom) e^-(A/N^alpha + B/D^beta + E); NaN unless N, D &gt; 0.</summary>
    internal static double Predict(double a, double alpha, double b, double beta, double e, double qr, double n, double d) =>
        n > 0 && d > 0 ? qr + (1 - qr) * Math.Exp(-(a * Math.Pow(n, -alpha) + b * Math.Pow(d, -beta) + e)) : double.NaN;
}
