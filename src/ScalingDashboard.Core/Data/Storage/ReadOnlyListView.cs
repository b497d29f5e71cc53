using System.Collections;

namespace ScalingDashboard.Core.Data.Storage;

/// <summary>
/// A read-only list over storage of its own. It is an <see cref="IList{T}"/> as well because LINQ's sized fast paths
/// (ToArray, ToList, Select, ElementAt) look for that interface, not for <see cref="IReadOnlyList{T}"/>; without it every
/// analysis that copies a column would grow its result by doubling.
/// </summary>
public abstract class ReadOnlyListView<T> : IList<T>, IReadOnlyList<T>
{
    public abstract int Count { get; }

    public abstract T this[int index] { get; }

    T IList<T>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    public bool IsReadOnly => true;

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Contains(T item) => IndexOf(item) >= 0;

    public int IndexOf(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (comparer.Equals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < Count)
        {
            throw new ArgumentException("The array is too short for the list.", nameof(array));
        }

        for (var i = 0; i < Count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("A leaderboard column cannot be changed; build a new one.");
}
