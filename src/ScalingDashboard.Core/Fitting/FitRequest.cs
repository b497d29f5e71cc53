namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// The data for one fit: paired x (e.g. training FLOPs) and y (a score) columns. Points with a non-finite x or y
/// (missing cells) are skipped by every form and reported as not used.
/// </summary>
public sealed record FitRequest
{
    private readonly IReadOnlyList<string>? _labels;

    public FitRequest(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"x has {x.Count} values but y has {y.Count}.", nameof(y));
        }

        X = x;
        Y = y;
    }

    public IReadOnlyList<double> X { get; private init; }

    public IReadOnlyList<double> Y { get; private init; }

    /// <summary>Optional row labels (model names), same length as <see cref="X"/>, copied onto the fitted points.</summary>
    public IReadOnlyList<string>? Labels
    {
        get => _labels;
        init
        {
            if (value is not null && value.Count != X.Count)
            {
                throw new ArgumentException($"{value.Count} labels for {X.Count} points.", nameof(value));
            }

            _labels = value;
        }
    }

    /// <summary>Chance-level score: accuracy-type forms normalise by it (seed 003 Eq 3).</summary>
    public double QRandom { get; init; }

    /// <summary>
    /// Points with y below <see cref="QRandom"/> + margin are left out of accuracy-type fits: the seed found
    /// near-chance scores too noisy to fit (003 section 4.1, default 0.05).
    /// </summary>
    public double Margin { get; init; } = DefaultMargin;

    /// <summary>For forms that can be fitted in score space or linearised (sigmoid).</summary>
    public FitSpace Space { get; init; } = FitSpace.Score;

    /// <summary>The same settings on other points (a train subset, a bootstrap resample).</summary>
    public FitRequest WithPoints(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || (labels is not null && labels.Count != x.Count))
        {
            throw new ArgumentException($"x has {x.Count} values, y {y.Count}, labels {labels?.Count}.", nameof(y));
        }

        return this with { X = x, Y = y, Labels = labels };
    }

    /// <summary>The seed's margin above chance for Eq 2.</summary>
    public const double DefaultMargin = 0.05;
}
