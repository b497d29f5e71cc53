using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>A dataset as kept in the store: the text the user uploaded and the column roles they chose.</summary>
public sealed record StoredDataset(
    string Id,
    string Name,
    string Content,
    IReadOnlyDictionary<string, ColumnRole> RoleOverrides,
    bool IsExample,
    bool IsSynthetic,
    DateTimeOffset CreatedUtc)
{
    public DatasetSummary Summary => new(Id, Name, IsExample, IsSynthetic, CreatedUtc);
}
