namespace ScalingDashboard.Core.Analysis;

/// <summary>A chance level with its source and a short phrase saying it, for the fit table and <c>fit</c> output.</summary>
public sealed record ChanceLevel(double Value, ChanceLevelSource Source, string Explanation);
