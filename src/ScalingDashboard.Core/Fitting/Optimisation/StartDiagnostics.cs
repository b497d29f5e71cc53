namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// Builds a fit's <see cref="FitDiagnostics"/> from where every local run of its search ended, so each optimiser form
/// only collects its end points (in reported parameters) and the warnings it knows of.
/// </summary>
internal static class StartDiagnostics
{
    /// <summary><paramref name="fit"/> (converged) with its diagnostics attached; a failed fit is returned as it is.</summary>
    /// <param name="form">The form (its parameter list says which are fitted).</param>
    /// <param name="fit">The fit the search produced.</param>
    /// <param name="ends">Each run's final objective and parameter vector in <see cref="IFitForm.Parameters"/> order;
    /// runs with a non-finite objective count as started but never as reaching the best.</param>
    /// <param name="warnings">Trade-offs (<see cref="TradeOffs"/>) and any form-specific warnings, one line each.</param>
    public static FitResult Attach(IFitForm form, FitResult fit, IEnumerable<(double Objective, double[] Values)> ends, IEnumerable<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Converged ? fit with { Diagnostics = Create(form, fit, ends.ToList(), warnings.ToList()) } : fit;
    }

    private static FitDiagnostics Create(IFitForm form, FitResult fit, List<(double Objective, double[] Values)> ends, List<string> warnings)
    {
        var finite = ends.Where(e => double.IsFinite(e.Objective)).ToList();
        var best = finite.Count == 0 ? double.NaN : finite.Min(e => e.Objective);
        // Relative to the best objective; a noise-free fit's objective runs to ~0, so the scale has a floor.
        var scale = Math.Max(Math.Abs(best), 1e-12);
        var atBest = finite.Count(e => e.Objective - best <= FitDiagnostics.SameObjective * scale);
        var near = finite.Where(e => e.Objective - best <= FitDiagnostics.NearObjective * scale).ToList();
        var spread = new List<ParameterSpread>();
        for (var k = 0; k < form.Parameters.Count; k++)
        {
            if (form.Parameters[k].IsFitted && near.Count > 0)
            {
                spread.Add(new ParameterSpread(form.Parameters[k].Name, near.Min(e => e.Values[k]), near.Max(e => e.Values[k])));
            }
        }

        if (finite.Count > 1 && atBest == 1)
        {
            warnings.Add($"only 1 of {ends.Count} starts reached the best objective: another search could find a different optimum");
        }

        return new FitDiagnostics(ends.Count, atBest, spread, fit.ParametersAtBound, warnings);
    }
}
