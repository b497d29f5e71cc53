namespace ScalingDashboard.Core.Fitting;

/// <summary>The compute-optimal split of one budget under a <see cref="LossLaw"/> (see <see cref="ComputeOptimal"/>).</summary>
/// <param name="Compute">The budget C in FLOPs, C = 6ND.</param>
/// <param name="Parameters">N_opt.</param>
/// <param name="Tokens">D_opt.</param>
/// <param name="TokensPerParameter">D_opt / N_opt.</param>
/// <param name="Loss">The law's loss at (N_opt, D_opt).</param>
public sealed record ComputeAllocation(double Compute, double Parameters, double Tokens, double TokensPerParameter, double Loss);
