using System.Globalization;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// What an analysis is doing and how far it is, for a face to show while it waits ("bootstrap 120/200 · bnsl on
/// mmlu"). <see cref="AnalysisRunner.RunFits"/> and <see cref="AnalysisRunner.AddBands"/> report these through the
/// <see cref="IProgress{T}"/> they are given, on the thread that runs the analysis.
/// </summary>
/// <remarks>
/// <see cref="Done"/> and <see cref="Total"/> count the whole stage (for a bootstrap of 200 on three fits, Total is
/// 600), so within a stage Done never goes down and the last report of a stage that finishes is Total/Total. Reports
/// come at a bounded rate: at most about <see cref="ReportsPerStage"/> per stage plus one as each fit starts, never
/// one per evaluation of a loss, so a face can redraw on each.
/// </remarks>
/// <param name="Stage">The part that runs.</param>
/// <param name="Benchmark">The benchmark being fitted, when the stage works on one.</param>
/// <param name="Form">The form being fitted (its id), when the stage works on one.</param>
/// <param name="Done">Units finished in this stage: fits, sweep thresholds or bootstrap resamples.</param>
/// <param name="Total">Units this stage has in all.</param>
public sealed record AnalysisProgress(AnalysisStage Stage, string? Benchmark, string? Form, int Done, int Total)
{
    /// <summary>Reports of one stage are spaced at least Total / this many units apart.</summary>
    public const int ReportsPerStage = 100;

    /// <summary>Done / Total, 1 for an empty stage.</summary>
    public double Fraction => Total > 0 ? (double)Done / Total : 1;

    /// <summary>One line for a status bar, e.g. "bootstrap 120/200 · bnsl on mmlu" or "sweep 7/24 · sigmoid on arc".</summary>
    public string Text
    {
        get
        {
            var what = (Form, Benchmark) switch
            {
                (null, null) => "",
                (null, { } benchmark) => $" · {benchmark}",
                ({ } form, null) => $" · {form}",
                ({ } form, { } benchmark) => $" · {form} on {benchmark}",
            };
            return string.Create(CultureInfo.InvariantCulture, $"{Stage.ToString().ToLowerInvariant()} {Done}/{Total}{what}");
        }
    }
}
