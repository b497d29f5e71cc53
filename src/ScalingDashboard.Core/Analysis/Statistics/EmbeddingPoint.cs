namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>One model on the 2-D map, with the label and colour group the page shows on hover.</summary>
public sealed record EmbeddingPoint(string Label, double X, double Y, string Colour);
