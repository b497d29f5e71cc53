namespace ScalingDashboard.Core.Data.Storage;

/// <summary>
/// A list whose items are made when read, from their position. For per-point text that is seldom read (the bootstrap's
/// resampling units, made only when a bootstrap asks) a stored list would hold a new string per row in every analysis
/// kept on screen: tens of megabytes on a large table.
/// </summary>
public sealed class ComputedList<T>(int count, Func<int, T> item) : ReadOnlyListView<T>
{
    public override int Count { get; } = count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count));

    public override T this[int index] =>
        (uint)index < (uint)Count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));
}
