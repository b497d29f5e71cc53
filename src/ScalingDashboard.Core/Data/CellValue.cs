namespace ScalingDashboard.Core.Data;

/// <summary>
/// One parsed cell. <see cref="Value"/> has the cell's suffix (or else the header's unit) applied, not its percent sign.
/// </summary>
/// <param name="Suffix">'K', 'M', 'B' or 'T' when the cell carried a magnitude suffix, otherwise '\0'.</param>
internal readonly record struct CellValue(CellKind Kind, double Value, bool Percent, char Suffix)
{
    public static CellValue Missing { get; } = new(CellKind.Missing, 0, false, '\0');

    public static CellValue Invalid { get; } = new(CellKind.Invalid, 0, false, '\0');
}
