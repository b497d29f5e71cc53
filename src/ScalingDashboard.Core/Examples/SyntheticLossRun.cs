namespace ScalingDashboard.Core.Examples;

/// <summary>One run of the synthetic loss ladder: parameters N, tokens D, compute C = 6ND and a loss.</summary>
public sealed record SyntheticLossRun(string Model, double Parameters, double Tokens, double Flops, double Loss);
