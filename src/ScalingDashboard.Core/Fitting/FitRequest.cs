namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// The data for one fit: paired x (e.g. training FLOPs) and y (a score) columns. Points with a non-finite x or y
/// (missing cells) are skipped by every form and reported as not used.
/// </summary>
public sealed record FitRequest
{
    private readonly IReadOnlyList<string>? _labels;
    private readonly IReadOnlyList<double>? _x2;

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

    /// <summary>
    /// Optional second input, same length as <see cref="X"/>, for forms of two variables (<see cref="ITwoInputFitForm"/>,
    /// e.g. tokens D beside parameters N in seed 003 Eq 4). One-input forms ignore it.
    /// </summary>
    public IReadOnlyList<double>? X2
    {
        get => _x2;
        init
        {
            if (value is not null && value.Count != X.Count)
            {
                throw new ArgumentException($"{value.Count} second-input values for {X.Count} points.", nameof(value));
            }

            _x2 = value;
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

    /// <summary>
    /// Stops a fit that is no longer wanted (a superseded slider position): forms that run an optimiser check it at
    /// every evaluation of the loss and throw <see cref="OperationCanceledException"/> (closed-form fits are one pass
    /// over the points, a millisecond on 7,000 rows, and do not check). Carried by
    /// <see cref="WithPoints"/> and <see cref="Subset"/>, so every refit of a sweep or a bootstrap checks it too.
    /// Not part of the data: a fit's result does not depend on it.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// Whether a form may spread its own search over the cores. False for the refits of work that is itself parallel
    /// (a bootstrap's resamples), so the two do not multiply threads; the result is the same either way.
    /// </summary>
    public bool SearchInParallel { get; init; } = true;

    /// <summary>The same settings on other points (a train subset, a bootstrap resample).</summary>
    public FitRequest WithPoints(
        IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<string>? labels = null, IReadOnlyList<double>? x2 = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || (labels is not null && labels.Count != x.Count) || (x2 is not null && x2.Count != x.Count))
        {
            throw new ArgumentException($"x has {x.Count} values, y {y.Count}, labels {labels?.Count}, x2 {x2?.Count}.", nameof(y));
        }

        // Cleared first: the old labels and x2 belong to the old points and would fail the length checks.
        var cleared = this with { Labels = null, X2 = null };
        return cleared with { X = x, Y = y, Labels = labels, X2 = x2 };
    }

    /// <summary>The points at <paramref name="indices"/> (repeats allowed, as in a bootstrap), every per-point list kept in step.</summary>
    public FitRequest Subset(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var x = new double[indices.Count];
        var y = new double[indices.Count];
        var labels = Labels is null ? null : new string[indices.Count];
        var x2 = X2 is null ? null : new double[indices.Count];
        for (var k = 0; k < indices.Count; k++)
        {
            var i = indices[k];
            x[k] = X[i];
            y[k] = Y[i];
            labels?[k] = Labels![i];
            x2?[k] = X2![i];
        }

        return WithPoints(x, y, labels, x2);
    }

    /// <summary>The second input of point <paramref name="index"/>, NaN when the request has none.</summary>
    public double X2At(int index) => X2 is null ? double.NaN : X2[index];

    /// <summary>The seed's margin above chance for Eq 2.</summary>
    public const double DefaultMargin = 0.05;
}
