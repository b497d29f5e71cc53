namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// A form of two inputs, x and <see cref="FitRequest.X2"/> (e.g. parameters N and tokens D in seed 003 Eq 4).
/// Its one-input <see cref="IFitForm.Evaluate"/> returns NaN: use <see cref="Evaluate(IReadOnlyList{double}, double, double)"/>
/// or <see cref="FitFormExtensions.EvaluateAt"/>.
/// </summary>
public interface ITwoInputFitForm : IFitForm
{
    /// <summary>What the second input is, for messages, e.g. "training tokens D".</summary>
    string SecondInputDescription { get; }

    /// <summary>
    /// What the form asks of a positive second input beyond being positive, as the opening of a one-line message
    /// ("k must be a whole number of samples >= 1"); null when every positive value will do.
    /// </summary>
    string? SecondInputRule { get; }

    /// <summary>Whether the form can take this second-input value (every form refuses missing and non-positive ones).</summary>
    bool AcceptsSecondInput(double value);

    /// <summary>The curve's y at (x, x2); NaN outside the domain.</summary>
    double Evaluate(IReadOnlyList<double> parameters, double x, double x2);
}
