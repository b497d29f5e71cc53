using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Exports;

/// <summary>One row of the fit table as exported: a form fitted to one benchmark, with its train and validation errors.</summary>
/// <param name="Benchmark">The benchmark (score column) header.</param>
/// <param name="FormId">The form's stable id.</param>
/// <param name="Formula">The form's formula as plain text.</param>
/// <param name="Parameters">Estimates in the form's parameter order.</param>
/// <param name="Train">Errors on the points the fit used.</param>
/// <param name="Validation">Errors on the held-out points (empty when nothing was held out).</param>
/// <param name="Aic">Akaike information criterion, when the caller computed one.</param>
/// <param name="Bic">Bayesian information criterion, when the caller computed one.</param>
/// <param name="Converged">False when the fit failed; the values are then NaN.</param>
/// <param name="Message">How the fit was obtained or why it failed.</param>
public sealed record FitTableRow(
    string Benchmark,
    string FormId,
    string Formula,
    IReadOnlyList<ParameterEstimate> Parameters,
    ErrorMetrics Train,
    ErrorMetrics Validation,
    double? Aic,
    double? Bic,
    bool Converged,
    string Message)
{
    /// <summary>
    /// The space the information criteria were computed in ("ln(-ln Q')", "score"): AIC and BIC compare only
    /// within one space. Null when there are no criteria.
    /// </summary>
    public string? InformationSpace { get; init; }

    /// <summary>The row for a holdout evaluation of <paramref name="form"/> on <paramref name="benchmark"/>.</summary>
    /// <param name="space">The criteria's space; by default that of the evaluation's own criteria.</param>
    public static FitTableRow Create(string benchmark, IFitForm form, HoldoutEvaluation evaluation, double? aic = null, double? bic = null, string? space = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(evaluation);
        var fit = evaluation.Fit;
        return new FitTableRow(benchmark, form.Id, form.Formula, fit.Parameters, evaluation.Train, evaluation.Validation, aic, bic, fit.Converged, fit.Message)
        {
            InformationSpace = space ?? (aic is null && bic is null ? null : fit.InformationCriteria?.Space),
        };
    }
}
