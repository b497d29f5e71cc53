namespace ScalingDashboard.Core.Data;

/// <summary>
/// Numbers as people type them, in every face (a cell, a typed threshold, a link value, a CLI option): "6e21",
/// "7B", "1.2T", "350M", "54%" (0.54). One reader, so "7B" means the same in a file, a box and a script.
/// </summary>
public static class NumberText
{
    /// <summary>The finite number <paramref name="text"/> spells, with its suffix or percent sign applied.</summary>
    public static bool TryParse(string? text, out double value)
    {
        var cell = CellParser.Parse(text);
        value = cell.Percent ? cell.Value / 100 : cell.Value;
        if (cell.Kind == CellKind.Number && double.IsFinite(value))
        {
            return true;
        }

        value = double.NaN;
        return false;
    }
}
