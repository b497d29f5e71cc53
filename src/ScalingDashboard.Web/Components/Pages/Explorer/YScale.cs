namespace ScalingDashboard.Web.Components.Pages.Explorer;

/// <summary>How the scaling plot's y axis shows a score.</summary>
public enum YScale
{
    /// <summary>The score as measured (fraction correct), linear axis.</summary>
    Accuracy,

    /// <summary>Q' = (Q - Qrandom)/(1 - Qrandom), linear axis.</summary>
    Normalised,

    /// <summary>-ln Q' on a log axis, where the direct power law (Eq 2) is a straight line.</summary>
    NegLogNormalised,
}
