namespace ScalingDashboard.Web.Services;

/// <summary>A pinned view: a title and the link that restores it.</summary>
public sealed record Slide(string Title, string Url);
