using System.Globalization;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// What every built-in form shares: its description (id, name, formula, parameters) is data given once to the
/// constructor, not six properties written again in each form, and the small number helpers its messages use.
/// </summary>
public abstract class FitForm : IFitForm
{
    // Only this assembly's forms derive from it; a plug-in form implements IFitForm directly.
    private protected FitForm(string id, string displayName, string formula, IReadOnlyList<FitParameter> parameters, bool isInvertible)
    {
        Id = id;
        DisplayName = displayName;
        Formula = formula;
        Parameters = parameters;
        IsInvertible = isInvertible;
    }

    public string Id { get; }

    public string DisplayName { get; }

    public string Formula { get; }

    public IReadOnlyList<FitParameter> Parameters { get; }

    public bool IsInvertible { get; }

    /// <summary>Every built-in form takes a log of x (or of C), so x &lt;= 0 is outside each one's domain.</summary>
    public bool RequiresPositiveX => true;

    public abstract double Evaluate(IReadOnlyList<double> parameters, double x);

    public abstract bool TryInvert(IReadOnlyList<double> parameters, double y, out double x);

    public abstract FitResult Fit(FitRequest request);

    /// <summary>Null for NaN so JSON shows "not estimable" rather than NaN.</summary>
    private protected static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;

    /// <summary>A number in a message: four significant digits, invariant culture.</summary>
    private protected static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
