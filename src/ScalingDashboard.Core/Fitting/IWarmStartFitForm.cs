namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// A form whose full fit is a large multi-start search (the loss law's 4,500-start grid) and which can refit a
/// bootstrap resample from the full-data optimum plus a few perturbed starts instead: a resample's optimum sits near
/// the full data's, so this finds the same optimum (a test checks it) in a small fraction of the time.
/// </summary>
public interface IWarmStartFitForm : IFitForm
{
    /// <summary>Refits <paramref name="request"/> starting from <paramref name="full"/> (a converged fit of this form) and
    /// <paramref name="perturbed"/> starts drawn from a generator seeded with <paramref name="seed"/>.</summary>
    FitResult FitFrom(FitRequest request, FitResult full, int perturbed, int seed);
}
