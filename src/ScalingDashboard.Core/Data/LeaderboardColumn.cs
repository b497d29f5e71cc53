using ScalingDashboard.Core.Data.Storage;

namespace ScalingDashboard.Core.Data;

/// <summary>
/// One column of a leaderboard. Numeric roles hold <see cref="Numbers"/> (null where the cell was empty or unreadable);
/// text roles hold <see cref="Texts"/>. Both lists have one entry per row, kept compact (<see cref="CompactNumbers"/>,
/// <see cref="CompactTexts"/>) because a table read from a large upload stays in memory for every page that shows it.
/// </summary>
public sealed class LeaderboardColumn
{
    public LeaderboardColumn(string header, ColumnRole role, IReadOnlyList<double?>? numbers, IReadOnlyList<string?>? texts, ColumnUnit unit)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(unit);
        if (IsNumericRole(role) && numbers is null)
        {
            throw new ArgumentException($"Column '{header}' has the numeric role {role} but no numbers.", nameof(numbers));
        }

        if (!IsNumericRole(role) && texts is null)
        {
            throw new ArgumentException($"Column '{header}' has the text role {role} but no texts.", nameof(texts));
        }

        Header = header;
        Role = role;
        // A column made from another (a role change, a derived table) shares its storage: it cannot change.
        Numbers = numbers switch { null => [], CompactNumbers compact => compact, _ => CompactNumbers.From(numbers) };
        Texts = texts switch { null => [], CompactTexts compact => compact, _ => CompactTexts.From(texts) };
        Unit = unit;
    }

    public string Header { get; }

    public ColumnRole Role { get; }

    public IReadOnlyList<double?> Numbers { get; }

    public IReadOnlyList<string?> Texts { get; }

    public ColumnUnit Unit { get; }

    public bool IsNumeric => IsNumericRole(Role);

    public static bool IsNumericRole(ColumnRole role) => role is ColumnRole.Parameters or ColumnRole.ActiveParameters
        or ColumnRole.TrainingTokens or ColumnRole.TrainingFlops or ColumnRole.Score or ColumnRole.Numeric;
}
