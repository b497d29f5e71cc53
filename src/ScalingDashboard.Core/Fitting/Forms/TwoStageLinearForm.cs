using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>Two-stage with a linear second stage, <c>score = a + b L</c> (OLS, as the seed fits it).</summary>
public sealed class TwoStageLinearForm : TwoStageForm
{
    public const string FormId = "two-stage-linear";

    private static readonly FitParameter[] ParameterList =
    [
        new("w", double.NegativeInfinity, double.PositiveInfinity, "Stage 1: exponent of C in the loss"),
        new("b0", double.NegativeInfinity, double.PositiveInfinity, "Stage 1: ln L at C = 1"),
        new("a", double.NegativeInfinity, double.PositiveInfinity, "Stage 2: score at zero loss"),
        new("b", double.NegativeInfinity, double.PositiveInfinity, "Stage 2: score per unit loss (negative)"),
    ];

    public override string Id => FormId;

    public override string DisplayName => "Two-stage, linear";

    public override string Formula => "L = e^b0 * C^w;  score = a + b * L";

    public override IReadOnlyList<FitParameter> Parameters => ParameterList;

    private protected override double Stage2(IReadOnlyList<double> parameters, double loss) => parameters[2] + parameters[3] * loss;

    private protected override (IReadOnlyList<ParameterEstimate> Parameters, string Message)? FitStage2(
        List<double> losses, List<double> scores, CancellationToken cancellationToken)
    {
        var line = new LinearAccumulator();
        for (var i = 0; i < losses.Count; i++)
        {
            line.Add(losses[i], scores[i]);
        }

        if (!line.IsDetermined)
        {
            return null;
        }

        var fit = line.ToLinearFit();
        return ([new("a", fit.Intercept, NullIfNaN(fit.InterceptStandardError)), new("b", fit.Slope, NullIfNaN(fit.SlopeStandardError))],
            $"OLS of score on L over {fit.Count} points.");
    }
}
