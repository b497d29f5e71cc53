using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// How models are grouped for ANOVA and Tukey HSD: by the values of a text column (architecture, training type), or
/// by brackets of a numeric column with these edges, in the numbers as the file writes them (billions for a
/// "params_b" column). Null column: the table's parameter column in the seed's brackets.
/// </summary>
public sealed record GroupingSpec
{
    /// <summary>The seed 002 parameter brackets, in billions: [0, 1.5) [1.5, 3) [3, 7) [7, 13) [13, 35) [35, 80).</summary>
    public static ValueList<double> DefaultEdges { get; } = [0, 1.5, 3, 7, 13, 35, 80];

    public static GroupingSpec Default { get; } = new();

    private readonly ValueList<double> _edges = DefaultEdges;

    public string? Column { get; init; }

    /// <summary>Bracket edges: finite, strictly increasing, at least two; used only when the column is numeric.</summary>
    public ValueList<double> Edges
    {
        get => _edges;
        init => _edges = ValidEdges(value) ? value : throw new ArgumentOutOfRangeException(nameof(Edges), "At least two finite, strictly increasing edges.");
    }

    public BracketClosure Closure { get; init; } = BracketClosure.Left;

    public static bool ValidEdges(IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        if (edges.Count < 2 || edges.Any(e => !double.IsFinite(e)))
        {
            return false;
        }

        for (var i = 1; i < edges.Count; i++)
        {
            if (!(edges[i] > edges[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
