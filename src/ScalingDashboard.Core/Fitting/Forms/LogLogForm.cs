namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>Seed 001 Eq 3 for losses: <c>ln L = w * ln C + b</c>, i.e. L = e^b * C^w, fitted by OLS in log-log space.</summary>
public sealed class LogLogForm : LinearisedFitForm, IResponseTransform
{
    public const string FormId = "log-log";

    private static readonly FitParameter[] ParameterList =
    [
        FitParameter.Free("w", "Exponent: slope of ln L against ln C"),
        FitParameter.Free("b", "ln L at C = 1"),
    ];

    public LogLogForm()
        : base(FormId, "Log-log (power law)", "ln L = w * ln C + b", ParameterList,
            domain: "x > 0, y > 0", residualSpace: "ln y")
    {
    }

    public double ToFitSpace(IReadOnlyList<double> parameters, double y) => y > 0 ? Math.Log(y) : double.NaN;

    public double FromFitSpace(IReadOnlyList<double> parameters, double v) => Math.Exp(v);

    public override double Evaluate(IReadOnlyList<double> parameters, double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return x > 0 ? Math.Exp(parameters[1] + parameters[0] * Math.Log(x)) : double.NaN;
    }

    public override bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var w = parameters[0];
        x = y > 0 && w != 0 ? Math.Exp((Math.Log(y) - parameters[1]) / w) : double.NaN;
        return double.IsFinite(x) && x > 0;
    }

    protected override double TransformX(double x) => x > 0 ? Math.Log(x) : double.NaN;

    protected override double TransformY(double y) => y > 0 ? Math.Log(y) : double.NaN;

    protected override IReadOnlyList<ParameterEstimate> ToParameters(LinearFit line) =>
    [
        new("w", line.Slope, NullIfNaN(line.SlopeStandardError)),
        new("b", line.Intercept, NullIfNaN(line.InterceptStandardError)),
    ];
}
