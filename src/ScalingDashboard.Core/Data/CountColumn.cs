namespace ScalingDashboard.Core.Data;

/// <summary>
/// Builds a parameter, token, FLOP or other numeric column as raw numbers: a cell's own suffix ("7B") wins,
/// otherwise the header's unit ("(B)", "_b") applies, otherwise the number is kept as written.
/// </summary>
internal static class CountColumn
{
    public static LeaderboardColumn Build(
        HeaderInfo info, ColumnRole role, ReadOnlySpan<CellValue> parsed, List<string?> cells, IReadOnlyList<int> rows, IssueCollector issues)
    {
        var numbers = new NumberCells(parsed.Length);
        var suffixes = new SortedSet<double>();
        var plainCells = false;
        var mustBePositive = HeaderSynonyms.IsCountRole(role);
        for (var i = 0; i < parsed.Length; i++)
        {
            var cell = parsed[i];
            if (cell.Kind != CellKind.Number)
            {
                continue;
            }

            var value = cell.Value;
            if (cell.Suffix != '\0')
            {
                suffixes.Add(CellParser.SuffixMultiplier(cell.Suffix));
            }
            else
            {
                plainCells = true;
            }

            if (cell.Percent && !mustBePositive)
            {
                value /= 100;
            }

            numbers.Set(i, value);
            if (mustBePositive && value <= 0)
            {
                issues.Warn(
                    "not positive",
                    $"'{ColumnBuilder.Quote(cells[i])}' is zero or negative, so it cannot go on a log axis.",
                    rows[i],
                    info.Header);
            }
        }

        return new LeaderboardColumn(info.Header, role, numbers, null, Unit(info, suffixes, plainCells));
    }

    private static ColumnUnit Unit(HeaderInfo info, SortedSet<double> suffixes, bool plainCells)
    {
        var headerUnit = info.UnitWord is null ? null : $"{info.UnitWord} (header '{info.UnitText}')";
        if (suffixes.Count == 0)
        {
            return headerUnit is null ? ColumnUnit.None : new ColumnUnit(info.Multiplier, headerUnit);
        }

        var letters = string.Join(", ", suffixes.Select(SuffixLetter));
        if (headerUnit is not null)
        {
            return new ColumnUnit(info.Multiplier, $"{headerUnit}; suffixes {letters} in cells applied where present");
        }

        if (suffixes.Count > 1)
        {
            return new ColumnUnit(1, $"suffixes {letters} in cells, applied per cell" + (plainCells ? "; other cells as written" : ""));
        }

        var single = suffixes.Min;
        var word = CellParser.SuffixWord(SuffixLetter(single));
        return new ColumnUnit(single, $"{word} (suffix {SuffixLetter(single)} in cells)" + (plainCells ? "; other cells as written" : ""));
    }

    private static char SuffixLetter(double multiplier) => multiplier switch
    {
        1e3 => 'K',
        1e6 => 'M',
        1e9 => 'B',
        _ => 'T',
    };
}
