namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// One comparison of Tukey's test, named as R names it ("Group1-Group2"): <see cref="MeanDiff"/> = mean(Group1) -
/// mean(Group2), its simultaneous confidence interval [Lower, Upper], the adjusted p-value, and whether the difference
/// is significant at the chosen level (<c>PAdj &lt; 1 - confidence</c>).
/// </summary>
public sealed record TukeyPair(string Group1, string Group2, double MeanDiff, double Lower, double Upper, double PAdj, bool Reject);
