using System.Globalization;

namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// A design factor of the models (family, parameters, tokens, ...) or of the tasks (ability, output format, ...), one
/// value per model or task. Numerical factors are stored scaled (log10 when they span two or more decades, then
/// standardised, missing at 0 = the mean), so that masking a factor to zero (seed C.3) means "the average value".
/// Categorical factors are level indices (-1 missing) that the network maps to learned embeddings.
/// </summary>
public sealed class MatrixFactor
{
    // Each kind sets only its own lists (Values, or Levels and LevelNames); the other kind's stay empty.
    private MatrixFactor(string name, FactorKind kind, string scaling)
    {
        Name = name;
        Kind = kind;
        Scaling = scaling;
    }

    public string Name { get; }

    public FactorKind Kind { get; }

    /// <summary>Numerical factors: the scaled value per entity (0 where missing). Empty for categorical ones.</summary>
    public IReadOnlyList<double> Values { get; private init; } = [];

    /// <summary>Categorical factors: the level index per entity, -1 where missing. Empty for numerical ones.</summary>
    public IReadOnlyList<int> Levels { get; private init; } = [];

    public IReadOnlyList<string> LevelNames { get; private init; } = [];

    /// <summary>What was done to the values, in plain words.</summary>
    public string Scaling { get; }

    public int Count => Kind == FactorKind.Numerical ? Values.Count : Levels.Count;

    /// <summary>A numerical factor from raw values (NaN or infinite = missing).</summary>
    public static MatrixFactor Numerical(string name, IReadOnlyList<double> raw)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(raw);
        var known = raw.Where(double.IsFinite).ToArray();
        var useLog = known.Length > 0 && known.All(v => v > 0) && known.Max() / known.Min() >= 100;
        var values = raw.Select(v => !double.IsFinite(v) ? double.NaN : useLog ? Math.Log10(v) : v).ToArray();
        var present = values.Where(v => !double.IsNaN(v)).ToArray();
        var mean = present.Length == 0 ? 0 : present.Average();
        var sd = present.Length < 2 ? 0 : Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1));
        for (var i = 0; i < values.Length; i++)
        {
            // A constant factor carries no information: every value becomes 0, like a masked factor.
            values[i] = double.IsNaN(values[i]) || sd == 0 ? 0 : (values[i] - mean) / sd;
        }

        var missing = raw.Count - known.Length;
        var scaling = (useLog ? "log10, then standardised" : "standardised")
            + (missing == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {missing} missing set to the mean"));
        return new MatrixFactor(name, FactorKind.Numerical, scaling) { Values = values };
    }

    /// <summary>A categorical factor from text values (null or blank = missing); levels in order of first appearance.</summary>
    public static MatrixFactor Categorical(string name, IReadOnlyList<string?> raw)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(raw);
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var levels = new int[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(raw[i]))
            {
                levels[i] = -1;
                continue;
            }

            var text = raw[i]!.Trim();
            if (!index.TryGetValue(text, out var level))
            {
                level = names.Count;
                index[text] = level;
                names.Add(text);
            }

            levels[i] = level;
        }

        var scaling = string.Create(CultureInfo.InvariantCulture, $"{names.Count} categories, each with a learned embedding");
        return new MatrixFactor(name, FactorKind.Categorical, scaling) { Levels = levels, LevelNames = names.ToArray() };
    }
}
