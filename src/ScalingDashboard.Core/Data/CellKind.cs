namespace ScalingDashboard.Core.Data;

/// <summary>What a single cell turned out to hold.</summary>
internal enum CellKind
{
    Missing,
    Number,
    Invalid,
}
