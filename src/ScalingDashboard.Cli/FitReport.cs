using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Cli;

/// <summary>Everything the JSON and text writers print, gathered once so both show the same numbers.</summary>
internal sealed record FitReport(IFitForm Form, FitInput Input, HoldoutSplit Split, HoldoutEvaluation Evaluation, FitBootstrap? Bootstrap)
{
    /// <summary>x read off the curve for each --invert score: bootstrap intervals when bootstrapped, the log-linear
    /// calibration interval for that form, else the point alone.</summary>
    public IReadOnlyList<InverseInterval> Inverse { get; init; } = [];

    public FitResult Fit => Evaluation.Fit;

    /// <summary>The set name used in JSON and text: train, validation or excluded.</summary>
    public static string SetName(PointSet set) => set switch
    {
        PointSet.Train => "train",
        PointSet.Validation => "validation",
        _ => "excluded",
    };
}
