namespace ScalingDashboard.Core.Data;

/// <summary>One column at a glance. Numeric columns fill Min/Median/Max; text columns fill DistinctCount.</summary>
/// <param name="Present">Cells with a value.</param>
/// <param name="Missing">Cells that were empty or could not be read.</param>
public sealed record ColumnSummary(
    string Header,
    ColumnRole Role,
    string UnitDescription,
    int Present,
    int Missing,
    double? Min,
    double? Median,
    double? Max,
    int? DistinctCount);
