using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>Finds a dataset in the store and reads it into a leaderboard with the roles the user chose.</summary>
public sealed class DatasetLoader(DatasetStore store)
{
    public LoadedDataset? Load(string? id)
    {
        var stored = store.Find(id);
        if (stored is null)
        {
            return null;
        }

        var import = LeaderboardReader.Read(stored.Content, new ImportOptions(RoleOverrides: stored.RoleOverrides));
        return new LoadedDataset(stored, import);
    }
}
