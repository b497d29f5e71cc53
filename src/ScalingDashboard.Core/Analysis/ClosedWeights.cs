using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// Which rows a table says are closed-weight models: those whose open-weights column ("open_weights", "open weights",
/// "is_open", "open_source"; true/false, yes/no, 1/0, open/closed) says no. A missing size alone does not make a model
/// closed: 0, empty or '?' is an unknown size (the Open LLM Leaderboard writes 0 for hundreds of open models).
/// </summary>
public static class ClosedWeights
{
    private static readonly HashSet<string> Headers = new(StringComparer.Ordinal)
    {
        "openweights", "openweight", "isopen", "opensource", "isopensource", "weightsopen",
    };

    private static readonly HashSet<string> ClosedValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "false", "no", "n", "0", "closed", "proprietary",
    };

    /// <summary>The table's open-weights column, or null when it has none (then no row is known to be closed).</summary>
    public static LeaderboardColumn? FindColumn(Leaderboard table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Columns.FirstOrDefault(c => Headers.Contains(Key(c.Header)));
    }

    /// <summary>True when <paramref name="column"/> says the model in <paramref name="row"/> has closed weights.</summary>
    public static bool IsClosed(LeaderboardColumn? column, int row) => column switch
    {
        null => false,
        { IsNumeric: true } => column.Numbers[row] is 0,
        _ => column.Texts[row] is { } text && ClosedValues.Contains(text.Trim()),
    };

    /// <summary>"Open Weights", "open_weights" and "open-weights" name one column.</summary>
    private static string Key(string header) =>
        string.Concat(header.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
}
