using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Web.Components.Pages.Explorer;

/// <summary>
/// Forms whose y is a loss (lower is better, no chance level): the Chinchilla law and the plain log-log power law.
/// When every chosen form is one, the Explorer speaks of loss: no Qrandom, margin or accuracy scales, no size frontier.
/// </summary>
public static class LossForms
{
    public static bool Is(IFitForm form) => form is LossParamsTokensForm or LogLogForm;

    /// <summary>True when there are forms and each of them fits a loss.</summary>
    public static bool All(IReadOnlyList<IFitForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        return forms.Count > 0 && forms.All(Is);
    }
}
