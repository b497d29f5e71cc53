namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 000: <c>score = a + b * log10(x)</c>, fitted by OLS. Used to read closed models' sizes off a line fitted to
/// open models (see <see cref="InversePrediction"/>).
/// </summary>
public sealed class LogLinearForm : LinearisedFitForm
{
    public const string FormId = "log-linear";

    private static readonly FitParameter[] ParameterList =
    [
        FitParameter.Free("a", "Score at x = 1"),
        FitParameter.Free("b", "Score gained per tenfold x"),
    ];

    public LogLinearForm()
        : base(FormId, "Log-linear", "score = a + b * log10(x)", ParameterList,
            domain: "x > 0, finite score", residualSpace: "score")
    {
    }

    public override double Evaluate(IReadOnlyList<double> parameters, double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return x > 0 ? parameters[0] + parameters[1] * Math.Log10(x) : double.NaN;
    }

    public override bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var b = parameters[1];
        x = b != 0 && double.IsFinite(y) ? Math.Pow(10, (y - parameters[0]) / b) : double.NaN;
        return double.IsFinite(x) && x > 0;
    }

    protected override double TransformX(double x) => x > 0 ? Math.Log10(x) : double.NaN;

    protected override double TransformY(double y) => y;

    protected override IReadOnlyList<ParameterEstimate> ToParameters(LinearFit line) =>
    [
        new("a", line.Intercept, NullIfNaN(line.InterceptStandardError)),
        new("b", line.Slope, NullIfNaN(line.SlopeStandardError)),
    ];
}
