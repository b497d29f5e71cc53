namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Seed 003 Appendix M's ceiling variant of Eq 4: <c>-ln Q' = A / N^alpha + B / D^beta + E</c>, Qmax = e^-E.
/// Fitted like <see cref="ParamsTokensForm"/> with ln E added to the optimiser and to its grid of starts.
/// </summary>
public sealed class ParamsTokensCeilingForm : ParamsTokensForm
{
    public new const string FormId = "params-tokens-ceiling";

    public ParamsTokensCeilingForm()
        : base(FormId, "Parameters-tokens power law with ceiling", "-ln Q' = A / N^alpha + B / D^beta + E,  Qmax = e^-E,  Q' = (Q - Qrandom) / (1 - Qrandom)", ceiling: true)
    {
    }
}
