using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>A stored dataset together with the result of reading it with its saved column roles.</summary>
public sealed record LoadedDataset(StoredDataset Stored, ImportResult Import)
{
    public Leaderboard? Leaderboard => Import.Leaderboard;
}
