namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// The plumbing shared by forms whose curve needs both inputs at once (e.g. N and D, or C and k): a single y fixes a
/// curve of (x, x2) pairs rather than a point, so they cannot be inverted, and their one-input overload has no answer.
/// Subclasses supply the formula, the fit and the two-input evaluation.
/// </summary>
public abstract class TwoInputFitForm : ITwoInputFitForm
{
    // Only this assembly's forms derive from it: the contract (NaN one-input evaluation) is theirs, not a plug-in point.
    private protected TwoInputFitForm()
    {
    }

    public abstract string Id { get; }

    public abstract string DisplayName { get; }

    public abstract string Formula { get; }

    public abstract string SecondInputDescription { get; }

    public abstract IReadOnlyList<FitParameter> Parameters { get; }

    /// <summary>Not invertible in one variable: a value fixes a curve of (x, x2) pairs, not a point.</summary>
    public bool IsInvertible => false;

    public bool RequiresPositiveX => true;

    /// <summary>NaN: the form needs x2 too (use the two-input overload).</summary>
    public double Evaluate(IReadOnlyList<double> parameters, double x) => double.NaN;

    public abstract double Evaluate(IReadOnlyList<double> parameters, double x, double x2);

    public bool TryInvert(IReadOnlyList<double> parameters, double y, out double x)
    {
        x = double.NaN;
        return false;
    }

    public abstract FitResult Fit(FitRequest request);
}
