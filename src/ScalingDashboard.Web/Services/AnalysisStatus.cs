namespace ScalingDashboard.Web.Services;

/// <summary>Where a page's analysis stands, for the line beside its progress bar and its Stop button.</summary>
public enum AnalysisPhase
{
    /// <summary>Nothing runs; the page shows its last finished result (if any).</summary>
    Idle,

    /// <summary>Waiting for a free core: other analyses on this server hold every slot.</summary>
    Queued,

    Running,

    /// <summary>The user pressed Stop; the page keeps the last finished result.</summary>
    Stopped,

    /// <summary>The analysis threw; the message says why and the last finished result stays.</summary>
    Failed,
}

/// <param name="Phase">Where the run stands.</param>
/// <param name="Text">One line for the user, e.g. "bootstrap 120/200 · bnsl on mmlu" or "queued behind 2 analyses".</param>
public sealed record AnalysisStatus(AnalysisPhase Phase, string Text)
{
    public static AnalysisStatus Idle { get; } = new(AnalysisPhase.Idle, "");

    public bool IsBusy => Phase is AnalysisPhase.Queued or AnalysisPhase.Running;
}
