namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// A coefficient and its power-law exponent, <c>Coefficient * x^(-Exponent)</c>, judged at the data's centre: with
/// ln x around 20 (parameters, FLOPs) ln A and alpha are nearly collinear only because x = 1 is far from the data, a
/// property of where the coefficient is read, not of the data. Trade-offs are therefore looked for with the exponent
/// moved while the term's value at ln x = <paramref name="LogCentre"/> is held (as the optimisers themselves do).
/// </summary>
internal sealed record Centring(string Coefficient, string Exponent, double LogCentre);
