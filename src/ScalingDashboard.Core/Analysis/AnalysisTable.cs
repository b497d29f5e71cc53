using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// A table as every face analyses it: the file's columns plus the derived ones (tokens per parameter). Done once per
/// loaded table, so the Explorer's controls, a link and a script see the same columns.
/// </summary>
public static class AnalysisTable
{
    public static Leaderboard Prepare(Leaderboard table) => DerivedColumns.Add(table);
}
