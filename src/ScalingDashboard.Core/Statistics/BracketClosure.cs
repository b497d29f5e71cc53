namespace ScalingDashboard.Core.Statistics;

/// <summary>Which end of a bracket holds its edge: Left = [a, b), Right = (a, b].</summary>
public enum BracketClosure
{
    Left,
    Right,
}
