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
        new("a", double.NegativeInfinity, double.PositiveInfinity, "Score at x = 1"),
        new("b", double.NegativeInfinity, double.PositiveInfinity, "Score gained per tenfold x"),
    ];

    public override string Id => FormId;

    public override string DisplayName => "Log-linear";

    public override string Formula => "score = a + b * log10(x)";

    public override IReadOnlyList<FitParameter> Parameters => ParameterList;

    protected override string Domain => "x > 0, finite score";

    protected override string ResidualSpace => "score";

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
