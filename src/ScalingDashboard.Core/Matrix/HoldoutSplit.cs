namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// Known cells split into training and held-out cells. <see cref="Random"/> holds out a share of all known cells (the
/// seed's benchmark perspective); <see cref="Rows"/> and <see cref="Columns"/> hide all but a few of one model's or
/// one task's cells (the model perspective CPP-0 / CPP-2 and its task analogue T0 / T2).
/// </summary>
public sealed record HoldoutSplit(IReadOnlyList<MatrixCell> Training, IReadOnlyList<MatrixCell> HeldOut)
{
    /// <summary>round(share x known) cells (at least 1, leaving at least 1 for training), chosen by a seeded shuffle.</summary>
    public static HoldoutSplit Random(ScoreMatrix matrix, double share, int seed)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var cells = matrix.KnownCells.ToArray();
        new MatrixRandom(seed).Shuffle(cells);
        var count = Math.Clamp((int)Math.Round(share * cells.Length), Math.Min(1, cells.Length - 1), Math.Max(0, cells.Length - 1));
        return new HoldoutSplit(cells[count..], cells[..count]);
    }

    /// <summary>Hides model <paramref name="model"/>'s known cells except <paramref name="keep"/> of them chosen by the seed.</summary>
    public static HoldoutSplit Rows(ScoreMatrix matrix, int model, int keep, int seed) =>
        Hide(matrix, c => c.Model == model, keep, seed);

    /// <summary>Hides task <paramref name="task"/>'s known cells except <paramref name="keep"/> of them chosen by the seed.</summary>
    public static HoldoutSplit Columns(ScoreMatrix matrix, int task, int keep, int seed) =>
        Hide(matrix, c => c.Task == task, keep, seed);

    private static HoldoutSplit Hide(ScoreMatrix matrix, Func<MatrixCell, bool> target, int keep, int seed)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var mine = matrix.KnownCells.Where(target).ToArray();
        new MatrixRandom(seed).Shuffle(mine);
        var kept = mine.Take(keep).ToHashSet();
        var heldOut = mine.Skip(keep).OrderBy(c => c.Model).ThenBy(c => c.Task).ToArray();
        var training = matrix.KnownCells.Where(c => !target(c) || kept.Contains(c)).ToArray();
        return new HoldoutSplit(training, heldOut);
    }
}
