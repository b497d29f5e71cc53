using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// One collaborative-performance-prediction view (seed 001, issue 11), described the same way by every face: the
/// Matrix page's link and the CLI's <c>complete</c> build this record (through <see cref="MatrixCodec"/> or their
/// own arguments) and run it through <see cref="MatrixRunner"/>. Immutable, value-equal and valid by construction:
/// an out-of-range value throws <see cref="ArgumentOutOfRangeException"/> (the codec checks ranges before setting).
/// </summary>
public sealed record MatrixSpec
{
    public static SpecRange<int> LatentRange { get; } = new(1, 64);

    public static SpecRange<double> L2Range { get; } = new(0, 1);

    /// <summary>The bounds the codec words; 0 itself is refused as well (a zero step never moves).</summary>
    public static SpecRange<double> LearningRateRange { get; } = new(0, 1);

    public static SpecRange<int> EpochsRange { get; } = new(1, 5000);

    public static SpecRange<double> HoldoutRange { get; } = new(0.01, 0.5);

    public static SpecRange<int> SeedsRange { get; } = new(1, 20);

    public string? DatasetId { get; init; }

    public MatrixForm Form { get; init; } = MatrixForm.Wide;

    /// <summary>The column naming the models; null: the table's row names (wide) or its model-name column (long).</summary>
    public string? ModelColumn { get; init; }

    /// <summary>Wide form: the task columns; empty: every score column that is not a factor.</summary>
    public ValueList<string> Tasks { get; init; } = [];

    /// <summary>Long form: the column naming the task; null: the first text column other than the model column.</summary>
    public string? TaskColumn { get; init; }

    /// <summary>Long form: the score column; null: the first score column.</summary>
    public string? ScoreColumn { get; init; }

    public MatrixMethod Method { get; init; } = MatrixMethod.Mf;

    /// <summary>Latent dimension of MF and of the NCF model and task embeddings.</summary>
    public int Latent { get; init => field = LatentRange.Check(value, nameof(Latent)); } = TrainingSettings.DefaultLatent;

    public double L2 { get; init => field = L2Range.Check(value, nameof(L2)); } = TrainingSettings.DefaultL2;

    public double LearningRate
    {
        get;
        init => field = value > 0 ? LearningRateRange.Check(value, nameof(LearningRate)) : throw LearningRateRange.Refusal(value, nameof(LearningRate));
    } = TrainingSettings.DefaultLearningRate;

    public int Epochs { get; init => field = EpochsRange.Check(value, nameof(Epochs)); } = TrainingSettings.DefaultEpochs;

    /// <summary>Share of the known cells held out in each evaluation split.</summary>
    public double Holdout { get; init => field = HoldoutRange.Check(value, nameof(Holdout)); } = 0.05;

    /// <summary>Number of evaluation splits; split k uses seed <see cref="Seed"/> + k for the split and the training.</summary>
    public int Seeds { get; init => field = SeedsRange.Check(value, nameof(Seeds)); } = 5;

    public int Seed { get; init; }

    public MatrixPerspective Perspective { get; init; } = MatrixPerspective.None;

    /// <summary>The one model (CPP-0/2) or task (T0/2) the perspective looks at; null: every one with enough cells.</summary>
    public string? Selected { get; init; }

    /// <summary>Columns holding model design factors (numeric: numerical, text: categorical).</summary>
    public ValueList<string> ModelFactors { get; init; } = [];

    /// <summary>Columns of a task-factor table (one row per task: ability, family, output format, few-shot setting).</summary>
    public ValueList<string> TaskFactors { get; init; } = [];

    /// <summary>
    /// The dashboard dataset holding the task factors (one row per task), for the page's link; the CLI reads the same
    /// table from a file (<c>--task-factor-data</c>), as it reads the matrix from <c>--data</c> rather than <see cref="DatasetId"/>.
    /// </summary>
    public string? TaskFactorDatasetId { get; init; }

    /// <summary>Whether the method reads design factors.</summary>
    public bool UsesFactors => Method is MatrixMethod.NcfFactors or MatrixMethod.FactorsOnly;

    /// <summary>The training settings of one run with the given seed.</summary>
    public TrainingSettings Training(int seed) =>
        new() { Latent = Latent, L2 = L2, LearningRate = LearningRate, Epochs = Epochs, Seed = seed };
}
