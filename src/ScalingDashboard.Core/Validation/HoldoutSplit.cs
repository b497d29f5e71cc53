using System.Globalization;

namespace ScalingDashboard.Core.Validation;

/// <summary>
/// Assigns each point to the train set, the validation set, or neither. Built by <see cref="ByThreshold"/> (the
/// seeds' "fit on 3e18 &lt;= C &lt;= 6e21, validate on C &gt; 6e21") or <see cref="ByPredicate"/> for rules that
/// involve other columns (e.g. "FLOPs &gt; 6e21 or tokens-per-parameter = 160"), which the caller captures by row index.
/// </summary>
public sealed class HoldoutSplit
{
    private readonly Func<int, double, PointSet> _assign;

    private HoldoutSplit(Func<int, double, PointSet> assign, string description)
    {
        _assign = assign;
        Description = description;
    }

    /// <summary>One line describing the rule, for reports.</summary>
    public string Description { get; }

    /// <summary>Train on <paramref name="trainMin"/> &lt;= x &lt;= <paramref name="threshold"/>, validate on x &gt; threshold.</summary>
    public static HoldoutSplit ByThreshold(double threshold, double trainMin = double.NegativeInfinity)
    {
        var text = double.IsNegativeInfinity(trainMin)
            ? string.Create(CultureInfo.InvariantCulture, $"train x <= {threshold:G4}, validate x > {threshold:G4}")
            : string.Create(CultureInfo.InvariantCulture, $"train {trainMin:G4} <= x <= {threshold:G4}, validate x > {threshold:G4}");
        return new HoldoutSplit(
            (_, x) => x > threshold ? PointSet.Validation : x >= trainMin && x <= threshold ? PointSet.Train : PointSet.Excluded,
            text);
    }

    /// <summary>
    /// Validate on rows where <paramref name="isValidation"/> holds; train on the others where
    /// <paramref name="isTrain"/> holds (all others when null).
    /// </summary>
    public static HoldoutSplit ByPredicate(Func<int, bool> isValidation, Func<int, bool>? isTrain = null, string description = "custom split")
    {
        ArgumentNullException.ThrowIfNull(isValidation);
        return new HoldoutSplit(
            (i, _) => isValidation(i) ? PointSet.Validation : isTrain is null || isTrain(i) ? PointSet.Train : PointSet.Excluded,
            description);
    }

    /// <summary>
    /// Validate on the points whose table row satisfies <paramref name="condition"/> (seed 003: "FLOPs &gt; 6e21 or
    /// tokens-per-parameter = 160"), train on the others with x &gt;= <paramref name="trainMin"/>.
    /// </summary>
    /// <param name="condition">Parsed against the table the points come from.</param>
    /// <param name="tableRow">The table row of point i (points may skip rows, or stack several columns of one row).</param>
    /// <param name="trainMin">Lower end of the training range on x.</param>
    public static HoldoutSplit ByCondition(RowCondition condition, Func<int, int> tableRow, double trainMin = double.NegativeInfinity)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(tableRow);
        var text = double.IsNegativeInfinity(trainMin)
            ? $"validate where {condition.Text}, train on the rest"
            : string.Create(CultureInfo.InvariantCulture, $"validate where {condition.Text}, train on the rest with x >= {trainMin:G4}");
        return new HoldoutSplit(
            (i, x) => condition.Holds(tableRow(i)) ? PointSet.Validation : x >= trainMin ? PointSet.Train : PointSet.Excluded,
            text);
    }

    /// <summary>The set of the point at row <paramref name="index"/> with x value <paramref name="x"/>.</summary>
    public PointSet Assign(int index, double x) => _assign(index, x);
}
