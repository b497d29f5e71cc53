namespace ScalingDashboard.Core.Data;

/// <summary>What a column of a leaderboard means to the analysis.</summary>
public enum ColumnRole
{
    /// <summary>Kept out of every analysis.</summary>
    Ignore,

    /// <summary>The model's name: one per row, used as the row's label.</summary>
    ModelName,

    /// <summary>Model family or architecture (text), used for grouping.</summary>
    Family,

    /// <summary>Training type, e.g. pretrained, fine-tuned, chat (text), used for grouping.</summary>
    TrainingType,

    /// <summary>Total parameter count, stored as a raw count.</summary>
    Parameters,

    /// <summary>Active parameters per token (mixture-of-experts), stored as a raw count.</summary>
    ActiveParameters,

    /// <summary>Training tokens, stored as a raw count.</summary>
    TrainingTokens,

    /// <summary>Training compute in FLOPs.</summary>
    TrainingFlops,

    /// <summary>A benchmark score, stored as a fraction in [0, 1] whatever the file used.</summary>
    Score,

    /// <summary>Any other numeric column (a loss, k of pass@k, a date as a number).</summary>
    Numeric,

    /// <summary>Any other text column, kept as a label.</summary>
    Label,
}
