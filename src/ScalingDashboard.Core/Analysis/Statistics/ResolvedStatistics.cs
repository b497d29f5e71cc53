using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// A <see cref="StatisticsSpec"/> with its defaults filled in against a table: the columns it names, the group of
/// every row (null: left out, e.g. outside every bracket or an empty cell) and what could not be used, in plain words.
/// </summary>
public sealed record ResolvedStatistics(
    IReadOnlyList<LeaderboardColumn> Benchmarks,
    LeaderboardColumn? GroupColumn,
    IReadOnlyList<string?> GroupOfRow,
    string GroupingDescription,
    LeaderboardColumn? ModelY,
    LeaderboardColumn? ModelX,
    LeaderboardColumn? ModelRandom,
    LeaderboardColumn? ModelBy,
    LeaderboardColumn? Colour,
    IReadOnlyList<string> Problems);
