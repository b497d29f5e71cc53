using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// Everything a face shows of a matrix view. When the table gives no matrix, <see cref="Failure"/> says why and every
/// part is null; otherwise <see cref="Completed"/> and <see cref="Evaluation"/> are set, <see cref="Perspective"/> when
/// one was asked for, <see cref="Shapley"/> when the method reads design factors. <see cref="Notes"/> collects what was
/// done to the data and what was left out, in plain words.
/// </summary>
public sealed record MatrixResult(
    MatrixSpec Spec,
    ResolvedMatrix Resolved,
    string? Failure,
    CompletedMatrix? Completed,
    EvaluationOutcome? Evaluation,
    PerspectiveOutcome? Perspective,
    ShapleyOutcome? Shapley,
    IReadOnlyList<string> Notes)
{
    public ScoreMatrix? Matrix => Resolved.Matrix;
}
