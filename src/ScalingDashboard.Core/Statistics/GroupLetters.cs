namespace ScalingDashboard.Core.Statistics;

/// <summary>A group's letters in a compact letter display: groups sharing a letter are not significantly different.</summary>
public sealed record GroupLetters(string Group, string Letters);
