namespace ScalingDashboard.Core.Statistics;

/// <summary>One group of a one-way layout: its name, how many values it has, their mean and sample standard deviation (n - 1).</summary>
public sealed record GroupSummary(string Name, int Count, double Mean, double StandardDeviation);
