using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// A stored dataset as read with its saved column roles. The uploaded text itself is not kept: the table holds what
/// every page needs, and the text (twice the file's size in memory) is read again from the store on the rare edit that
/// needs it.
/// </summary>
public sealed record LoadedDataset(
    DatasetSummary Summary, IReadOnlyDictionary<string, ColumnRole> RoleOverrides, long SourceChars, ImportResult Import)
{
    public Leaderboard? Leaderboard => Import.Leaderboard;

    /// <summary>Reads <paramref name="stored"/> with its saved roles, under the server's limits.</summary>
    public static LoadedDataset Read(StoredDataset stored, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(options);
        var import = LeaderboardReader.Read(stored.Content, options.ImportWith(stored.RoleOverrides));
        return new LoadedDataset(stored.Summary, stored.RoleOverrides, stored.Content.Length, import);
    }
}
