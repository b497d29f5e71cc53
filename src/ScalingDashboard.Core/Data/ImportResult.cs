namespace ScalingDashboard.Core.Data;

/// <summary>
/// What an import produced: the table (null when an error stopped it), the detected delimiter, and every issue found.
/// </summary>
public sealed record ImportResult(Leaderboard? Leaderboard, char Delimiter, IReadOnlyList<ImportIssue> Issues)
{
    public bool Succeeded => Leaderboard is not null && !Issues.Any(i => i.Severity == ImportSeverity.Error);

    public IEnumerable<ImportIssue> Errors => Issues.Where(i => i.Severity == ImportSeverity.Error);

    public IEnumerable<ImportIssue> Warnings => Issues.Where(i => i.Severity == ImportSeverity.Warning);
}
