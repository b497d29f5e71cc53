using System.Globalization;

namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// Consecutive intervals between increasing edges, e.g. parameter-count brackets in billions. Made only through
/// <see cref="Create"/>, which checks the edges, so every instance is valid.
/// </summary>
public sealed record Brackets
{
    private readonly double[] _edges;

    private Brackets(double[] edges, BracketClosure closure)
    {
        _edges = edges;
        Closure = closure;
    }

    /// <summary>The seed paper's brackets (billions of parameters): [0, 1.5), [1.5, 3), [3, 7), [7, 13), [13, 35), [35, 80).</summary>
    public static Brackets Default { get; } = new([0, 1.5, 3, 7, 13, 35, 80], BracketClosure.Left);

    public IReadOnlyList<double> Edges => _edges;

    public BracketClosure Closure { get; }

    /// <summary>How many brackets there are (one fewer than the edges).</summary>
    public int Count => _edges.Length - 1;

    /// <summary>All labels in order, e.g. "[1.5, 3)".</summary>
    public IReadOnlyList<string> Labels => Enumerable.Range(0, Count).Select(Label).ToList();

    /// <summary>Brackets from at least 2 finite, strictly increasing edges; otherwise a one-line problem.</summary>
    public static (Brackets? Value, string? Problem) Create(IReadOnlyList<double> edges, BracketClosure closure)
    {
        ArgumentNullException.ThrowIfNull(edges);
        if (edges.Count < 2)
        {
            return (null, $"Brackets need at least 2 edges (got {edges.Count}); give e.g. 0, 1.5, 3.");
        }

        for (var i = 0; i < edges.Count; i++)
        {
            if (!double.IsFinite(edges[i]))
            {
                return (null, $"Bracket edge {i + 1} is {Format(edges[i])}; every edge must be a finite number.");
            }

            if (i > 0 && !(edges[i] > edges[i - 1]))
            {
                return (null, $"Bracket edges must increase strictly, but {Format(edges[i - 1])} is followed by {Format(edges[i])}.");
            }
        }

        return (new Brackets([.. edges], closure), null);
    }

    /// <summary>The index of the bracket holding <paramref name="value"/>, or -1 when it lies outside every bracket (or is NaN).</summary>
    public int Assign(double value)
    {
        if (double.IsNaN(value))
        {
            return -1;
        }

        // BinarySearch gives the edge's index on a hit, else the complement of the first larger edge's index.
        var found = Array.BinarySearch(_edges, value);
        if (found >= 0)
        {
            var index = Closure == BracketClosure.Left ? found : found - 1;
            return index >= 0 && index < Count ? index : -1;
        }

        var above = ~found;
        return above > 0 && above <= Count ? above - 1 : -1;
    }

    /// <summary>The bracket written as an interval, e.g. "[1.5, 3)" (left-closed) or "(1.5, 3]" (right-closed).</summary>
    public string Label(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var (open, close) = Closure == BracketClosure.Left ? ("[", ")") : ("(", "]");
        return $"{open}{Format(_edges[index])}, {Format(_edges[index + 1])}{close}";
    }

    public bool Equals(Brackets? other) => other is not null && Closure == other.Closure && _edges.SequenceEqual(other._edges);

    public override int GetHashCode() => HashCode.Combine(Closure, _edges.Length, _edges[0], _edges[^1]);

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
