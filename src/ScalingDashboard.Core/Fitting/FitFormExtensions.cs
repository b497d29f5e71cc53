namespace ScalingDashboard.Core.Fitting;

/// <summary>Evaluation that works for one- and two-input forms alike, so validation code need not care which it has.</summary>
public static class FitFormExtensions
{
    /// <summary>y at (x, x2) for a two-input form, at x for any other (x2 ignored).</summary>
    public static double EvaluateAt(this IFitForm form, IReadOnlyList<double> parameters, double x, double x2)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form is ITwoInputFitForm two ? two.Evaluate(parameters, x, x2) : form.Evaluate(parameters, x);
    }

    /// <summary>True when the form needs <see cref="FitRequest.X2"/>.</summary>
    public static bool NeedsSecondInput(this IFitForm form) => form is ITwoInputFitForm;
}
