namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// What a two-stage form's second stage (loss to score) found: its estimates and how; for an optimiser stage, every
/// start's end (SSE and the stage's parameters) and its trade-offs, which become the fit's diagnostics.
/// </summary>
internal sealed record Stage2Fit(
    IReadOnlyList<ParameterEstimate> Parameters,
    string Message,
    IReadOnlyList<(double Loss, double[] Values)>? Ends = null,
    IReadOnlyList<string>? TradeOffs = null);
