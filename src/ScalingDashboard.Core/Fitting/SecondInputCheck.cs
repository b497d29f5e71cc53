using System.Globalization;

namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// The rows whose second input a two-input form cannot take, said in one line: the form's rule, how many rows break
/// it and a few of their values ("k must be a whole number of samples >= 1; 3 of 40 rows have k = 2.5, 0.3, 7.25").
/// Missing values (NaN) are not counted here: they are missing, not wrong.
/// </summary>
public static class SecondInputCheck
{
    private const int ValuesShown = 3;

    /// <summary>The one-line description of the refused rows, or null when the form takes every present value.</summary>
    /// <param name="form">The form whose <see cref="ITwoInputFitForm.AcceptsSecondInput"/> decides.</param>
    /// <param name="x2">The second input of every row.</param>
    /// <param name="name">What the message calls the second input (the column's name, or "k").</param>
    public static string? Refused(ITwoInputFitForm form, IReadOnlyList<double> x2, string name)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(x2);
        ArgumentNullException.ThrowIfNull(name);
        var refused = x2.Where(v => !double.IsNaN(v) && !form.AcceptsSecondInput(v)).ToList();
        if (refused.Count == 0)
        {
            return null;
        }

        var distinct = refused.Distinct().ToList();
        var shown = string.Join(", ", distinct.Take(ValuesShown).Select(v => v.ToString("G4", CultureInfo.InvariantCulture)));
        var more = distinct.Count > ValuesShown ? ", ..." : "";
        var rule = form.SecondInputRule ?? $"{name} must be positive";
        var rows = refused.Count == 1 ? "rows has" : "rows have";
        return string.Create(CultureInfo.InvariantCulture, $"{rule}; {refused.Count} of {x2.Count} {rows} {name} = {shown}{more}");
    }
}
