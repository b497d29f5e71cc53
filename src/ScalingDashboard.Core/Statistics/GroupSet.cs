namespace ScalingDashboard.Core.Statistics;

/// <summary>A set of group indices as a bit set, for the compact letter display's subset tests.</summary>
internal sealed class GroupSet
{
    private readonly ulong[] _words;

    public GroupSet(int size) => _words = new ulong[(size + 63) / 64];

    private GroupSet(ulong[] words) => _words = words;

    public void Add(int index) => _words[index >> 6] |= 1UL << (index & 63);

    public bool Contains(int index) => (_words[index >> 6] & (1UL << (index & 63))) != 0;

    public GroupSet Without(int index)
    {
        var copy = new GroupSet((ulong[])_words.Clone());
        copy._words[index >> 6] &= ~(1UL << (index & 63));
        return copy;
    }

    public bool IsSubsetOf(GroupSet other)
    {
        for (var w = 0; w < _words.Length; w++)
        {
            if ((_words[w] & ~other._words[w]) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
