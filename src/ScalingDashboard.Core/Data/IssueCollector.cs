namespace ScalingDashboard.Core.Data;

/// <summary>
/// Gathers issues, listing at most <see cref="PerKindLimit"/> warnings of one kind per column and counting the rest:
/// a 7,000-row file with the same problem in every row should produce a readable list, not 7,000 lines.
/// </summary>
internal sealed class IssueCollector
{
    public const int PerKindLimit = 20;

    private readonly List<ImportIssue> _issues = [];
    private readonly Dictionary<(string Kind, string? Column), int> _counts = [];

    public bool HasErrors { get; private set; }

    public void Error(string message, int? row = null, string? column = null)
    {
        HasErrors = true;
        _issues.Add(new ImportIssue(ImportSeverity.Error, message, row, column));
    }

    public void Warn(string kind, string message, int? row = null, string? column = null)
    {
        var key = (kind, column);
        _counts.TryGetValue(key, out var count);
        _counts[key] = count + 1;
        if (count < PerKindLimit)
        {
            _issues.Add(new ImportIssue(ImportSeverity.Warning, message, row, column));
        }
    }

    /// <summary>The issues, with one line per kind and column saying how many were left out.</summary>
    public IReadOnlyList<ImportIssue> ToList()
    {
        var result = new List<ImportIssue>(_issues);
        foreach (var ((kind, column), count) in _counts)
        {
            if (count > PerKindLimit)
            {
                result.Add(new ImportIssue(
                    ImportSeverity.Warning, $"{count - PerKindLimit} more warnings like this ({kind}) are not listed.", null, column));
            }
        }

        return result;
    }
}
