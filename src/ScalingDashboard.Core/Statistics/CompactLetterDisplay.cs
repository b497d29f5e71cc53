namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// Compact letter display by Piepho's (2004) insert-and-absorb algorithm: start with one letter shared by all groups;
/// for each significantly different pair, split every letter that holds both into one without each; drop letters
/// whose groups are a subset of another letter's. Letters are then named a, b, c, ... in order of the highest group
/// mean they hold, so the best group reads "a".
/// </summary>
internal static class CompactLetterDisplay
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static IReadOnlyList<GroupLetters> Assign(IReadOnlyList<GroupSummary> groups, IReadOnlyList<TukeyPair> pairs)
    {
        var index = groups.Select((g, i) => (g.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var all = new GroupSet(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            all.Add(g);
        }

        var columns = new List<GroupSet> { all };
        foreach (var pair in pairs.Where(p => p.Reject))
        {
            Split(columns, index[pair.Group1], index[pair.Group2]);
        }

        var byMean = Enumerable.Range(0, groups.Count).OrderByDescending(g => groups[g].Mean).ToList();
        var rank = new int[groups.Count];
        for (var r = 0; r < byMean.Count; r++)
        {
            rank[byMean[r]] = r;
        }

        var ordered = columns.OrderBy(c => Enumerable.Range(0, groups.Count).Where(c.Contains).Min(g => rank[g])).ToList();
        return groups.Select((g, i) => new GroupLetters(g.Name,
            string.Concat(ordered.Select((c, n) => c.Contains(i) ? Name(n) : "")))).ToList();
    }

    private static void Split(List<GroupSet> columns, int a, int b)
    {
        var added = new List<GroupSet>();
        for (var c = columns.Count - 1; c >= 0; c--)
        {
            var column = columns[c];
            if (column.Contains(a) && column.Contains(b))
            {
                columns.RemoveAt(c);
                added.Add(column.Without(a));
                added.Add(column.Without(b));
            }
        }

        // Only the new letters can be redundant: the old ones were maximal before, and each new one is a subset of
        // the letter it came from, so no old one can sit inside a new one.
        var kept = new List<GroupSet>();
        foreach (var candidate in added)
        {
            if (!columns.Any(candidate.IsSubsetOf) && !kept.Any(candidate.IsSubsetOf))
            {
                kept.RemoveAll(k => k.IsSubsetOf(candidate));
                kept.Add(candidate);
            }
        }

        columns.AddRange(kept);
    }

    private static string Name(int n) => n < Alphabet.Length ? Alphabet[n].ToString() : $"{Alphabet[n % Alphabet.Length]}{n / Alphabet.Length}";
}
