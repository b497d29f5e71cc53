namespace ScalingDashboard.Core.Data;

/// <summary>
/// How the numbers of a column were read: the factor applied to the cells and where it came from,
/// so the user sees that "7B" or a header "#Params (B)" became 7e9, or that "54%" became 0.54.
/// </summary>
/// <param name="Multiplier">Factor applied to the numbers as written in the file.</param>
/// <param name="Description">Plain-words account, e.g. "billions (header '(B)')" or "percent, divided by 100".</param>
public sealed record ColumnUnit(double Multiplier, string Description)
{
    public static ColumnUnit None { get; } = new(1, "as written");
}
