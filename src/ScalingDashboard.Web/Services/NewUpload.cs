namespace ScalingDashboard.Web.Services;

/// <summary>A dataset just stored: its id (the link) and the owner key only the uploading browser receives.</summary>
public sealed record NewUpload(string Id, string OwnerKey);
