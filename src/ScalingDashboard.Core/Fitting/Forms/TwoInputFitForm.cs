namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// The plumbing shared by forms whose curve needs both inputs at once (e.g. N and D, or C and k): a single y fixes a
/// curve of (x, x2) pairs rather than a point, so they cannot be inverted, and their one-input overload has no answer.
/// Subclasses supply the formula, the fit and the two-input evaluation.
/// </summary>
public abstract class TwoInputFitForm : FitForm, ITwoInputFitForm
{
    // Not invertible in one variable: a value fixes a curve of (x, x2) pairs, not a point.
    private protected TwoInputFitForm(string id, string displayName, string formula, IReadOnlyList<FitParameter> parameters, string secondInput)
        : base(id, displayName, formula, parameters, isInvertible: false)
    {
        SecondInputDescription = secondInput;
    }

    public string SecondInputDescription { get; }

    public virtual string? SecondInputRule => null;

    public virtual bool AcceptsSecondInput(double value) => double.IsFinite(value) && value > 0;

    /// <summary>NaN: the form needs x2 too (use the two-input overload).</summary>
    public sealed override double Evaluate(IReadOnlyList<double> parameters, double x) => double.NaN;

    public abstract double Evaluate(IReadOnlyList<double> parameters, double x, double x2);

    public sealed override bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        x = double.NaN;
        return false;
    }
}
