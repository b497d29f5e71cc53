using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Components.Pages.Data;

/// <summary>Words for column roles as the mapping dialog and grid show them.</summary>
public static class RoleNames
{
    public static string Describe(ColumnRole role) => role switch
    {
        ColumnRole.Ignore => "ignore",
        ColumnRole.ModelName => "model name",
        ColumnRole.Family => "family / architecture",
        ColumnRole.TrainingType => "training type",
        ColumnRole.Parameters => "parameters (count)",
        ColumnRole.ActiveParameters => "active parameters (count)",
        ColumnRole.TrainingTokens => "training tokens (count)",
        ColumnRole.TrainingFlops => "training compute (FLOPs)",
        ColumnRole.Score => "benchmark score (fraction)",
        ColumnRole.Numeric => "other number",
        ColumnRole.Label => "other text",
        _ => role.ToString(),
    };
}
