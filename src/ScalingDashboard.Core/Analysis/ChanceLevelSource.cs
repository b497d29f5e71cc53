namespace ScalingDashboard.Core.Analysis;

/// <summary>Where a benchmark's chance level (Qrandom of seed 003 Eq 3) comes from; shown beside the value.</summary>
public enum ChanceLevelSource
{
    /// <summary>Set for this analysis (a link's <c>qr</c>, the CLI's <c>--qrandom</c>, typed in the Explorer).</summary>
    Set,

    /// <summary>Measured by the seed: acc_norm of models under 1e17 FLOPs (seed 003 Table 16).</summary>
    SeedTable16,

    /// <summary>1 / number of answer choices of a multiple-choice task.</summary>
    Choices,

    /// <summary>0 for a generative task (exact match, pass@k): guessing scores nothing.</summary>
    Generative,

    /// <summary>Estimated from the data: the mean score of the runs under 1e17 FLOPs (the seed's method).</summary>
    EstimatedFromWeakRuns,

    /// <summary>0 because the benchmark is not in the registry: a note asks the user to set it.</summary>
    Unknown,

    /// <summary>A random baseline published with the benchmark's leaderboard (TruthfulQA's row in Open LLM Leaderboard v1).</summary>
    PublishedBaseline,

    /// <summary>
    /// A task made of multiple-choice subtasks with different numbers of choices: the mean of 1/choices over the
    /// subtasks, the per-subtask floors the Open LLM Leaderboard v2 normalises with (BBH, MuSR).
    /// </summary>
    SubtaskChoices,
}
