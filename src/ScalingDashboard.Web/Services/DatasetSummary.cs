namespace ScalingDashboard.Web.Services;

/// <summary>What a dataset list shows without loading the table.</summary>
public sealed record DatasetSummary(string Id, string Name, bool IsExample, bool IsSynthetic, DateTimeOffset CreatedUtc);
