using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>Two-stage with a linear second stage, <c>score = a + b L</c> (OLS, as the seed fits it).</summary>
public sealed class TwoStageLinearForm : TwoStageForm
{
    public const string FormId = "two-stage-linear";

    private static readonly FitParameter[] Stage2Parameters =
    [
        FitParameter.Free("a", "Stage 2: score at zero loss"),
        FitParameter.Free("b", "Stage 2: score per unit loss (negative)"),
    ];

    public TwoStageLinearForm()
        : base(FormId, "Two-stage, linear", "score = a + b * L", Stage2Parameters)
    {
    }

    private protected override double Stage2(IReadOnlyList<double> parameters, double loss) => parameters[2] + parameters[3] * loss;

    private protected override Stage2Fit? FitStage2(
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
        return new Stage2Fit([new("a", fit.Intercept, NullIfNaN(fit.InterceptStandardError)), new("b", fit.Slope, NullIfNaN(fit.SlopeStandardError))],
            $"OLS of score on L over {fit.Count} points.");
    }
}
