using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Components.Pages.Data;

/// <summary>A grid row: a view of one row of a column-oriented leaderboard.</summary>
public sealed record LeaderboardRow(int Index, Leaderboard Table)
{
    public string Name => Table.ModelNames[Index];

    public double? Number(int column) => Table.Columns[column].Numbers[Index];

    public string? Text(int column) => Table.Columns[column].Texts[Index];

    public static IReadOnlyList<LeaderboardRow> All(Leaderboard table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Enumerable.Range(0, table.RowCount).Select(i => new LeaderboardRow(i, table)).ToList();
    }
}
