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
    public const int MinLatent = 1;
    public const int MaxLatent = 64;
    public const double MaxL2 = 1;
    public const double MaxLearningRate = 1;
    public const int MinEpochs = 1;
    public const int MaxEpochs = 5000;
    public const double MinHoldout = 0.01;
    public const double MaxHoldout = 0.5;
    public const int MinSeeds = 1;
    public const int MaxSeeds = 20;

    private readonly int _latent = TrainingSettings.DefaultLatent;
    private readonly double _l2 = TrainingSettings.DefaultL2;
    private readonly double _learningRate = TrainingSettings.DefaultLearningRate;
    private readonly int _epochs = TrainingSettings.DefaultEpochs;
    private readonly double _holdout = 0.05;
    private readonly int _seeds = 5;

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
    public int Latent
    {
        get => _latent;
        init => _latent = value is >= MinLatent and <= MaxLatent ? value : throw Range(nameof(Latent), value, MinLatent, MaxLatent);
    }

    public double L2
    {
        get => _l2;
        init => _l2 = value is >= 0 and <= MaxL2 ? value : throw Range(nameof(L2), value, 0, MaxL2);
    }

    public double LearningRate
    {
        get => _learningRate;
        init => _learningRate = value is > 0 and <= MaxLearningRate ? value : throw Range(nameof(LearningRate), value, 0, MaxLearningRate);
    }

    public int Epochs
    {
        get => _epochs;
        init => _epochs = value is >= MinEpochs and <= MaxEpochs ? value : throw Range(nameof(Epochs), value, MinEpochs, MaxEpochs);
    }

    /// <summary>Share of the known cells held out in each evaluation split.</summary>
    public double Holdout
    {
        get => _holdout;
        init => _holdout = value is >= MinHoldout and <= MaxHoldout ? value : throw Range(nameof(Holdout), value, MinHoldout, MaxHoldout);
    }

    /// <summary>Number of evaluation splits; split k uses seed <see cref="Seed"/> + k for the split and the training.</summary>
    public int Seeds
    {
        get => _seeds;
        init => _seeds = value is >= MinSeeds and <= MaxSeeds ? value : throw Range(nameof(Seeds), value, MinSeeds, MaxSeeds);
    }

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

    private static ArgumentOutOfRangeException Range(string name, double value, double min, double max) =>
        new(name, value, FormattableString.Invariant($"Between {min} and {max}."));
}
