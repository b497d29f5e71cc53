using System.Globalization;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis;

/// <summary>Group labels of rows (family, architecture, ...), the same in colours, filters and the bootstrap.</summary>
public static class Groups
{
    /// <summary>Shown for a row whose group cell is empty.</summary>
    public const string None = "(none)";

    /// <summary>The row's group label: "" when there is no group column, <see cref="None"/> for an empty cell.</summary>
    public static string Label(LeaderboardColumn? group, int row) => group switch
    {
        null => "",
        { IsNumeric: true } => group.Numbers[row]?.ToString("R", CultureInfo.InvariantCulture) ?? None,
        _ => group.Texts[row] is { Length: > 0 } text ? text : None,
    };

    /// <summary>
    /// The bootstrap's resampling unit: the row's group, or, for a row without one, the row alone. An unknown family
    /// is not one big family: lumping every unlabelled model together would resample them as one block.
    /// </summary>
    public static string ResampleUnit(LeaderboardColumn? group, int row, string modelName)
    {
        var label = Label(group, row);
        return label is "" or None ? "row:" + modelName : label;
    }
}
