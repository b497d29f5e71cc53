using System.Buffers;
using System.Globalization;

namespace ScalingDashboard.Core.Data;

/// <summary>
/// Turns one column of text cells into a <see cref="LeaderboardColumn"/>: decides its role (unless overridden),
/// converts numbers to raw counts or fractions, and reports cells that cannot be used.
/// </summary>
internal static class ColumnBuilder
{
    private const int QuoteLimit = 40;

    private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789.,+-%");

    /// <param name="commaIsDelimiter">
    /// False for semicolon and tab files, where a column may use decimal commas ("0,54"); in a comma file such a
    /// cell must have been quoted and is more likely a thousands separator.
    /// </param>
    public static LeaderboardColumn Build(
        HeaderInfo info, List<string?> cells, IReadOnlyList<int> rows, ColumnRole? overrideRole, bool commaIsDelimiter, IssueCollector issues)
    {
        var textRole = overrideRole ?? info.NameRole;
        if (textRole is { } known && HeaderSynonyms.IsTextRole(known))
        {
            // Names, families and types are text whatever they look like ("7" can be a model name).
            return BuildText(info.Header, known, cells);
        }

        // Pooled: a fresh array per column would land on the large-object heap for big files (see NumberCells).
        var rented = ArrayPool<CellValue>.Shared.Rent(cells.Count);
        try
        {
            var parsed = rented.AsSpan(0, cells.Count);
            var (numbers, invalid) = ParseAll(cells, info.Exponent, decimalComma: false, parsed);
            var decimalComma = invalid > 0 && !commaIsDelimiter && UsesDecimalComma(cells);
            if (decimalComma)
            {
                (numbers, invalid) = ParseAll(cells, info.Exponent, decimalComma: true, parsed);
            }

            var role = overrideRole ?? DetectRole(info, parsed, numbers, invalid);
            if (!LeaderboardColumn.IsNumericRole(role))
            {
                return BuildText(info.Header, role, cells);
            }

            var column = BuildNumeric(info, role, parsed, cells, rows, issues);
            return decimalComma
                ? new LeaderboardColumn(column.Header, column.Role, column.Numbers, null, column.Unit with
                {
                    Description = column.Unit.Description + "; decimal commas",
                })
                : column;
        }
        finally
        {
            ArrayPool<CellValue>.Shared.Return(rented);
        }
    }

    private static LeaderboardColumn BuildNumeric(
        HeaderInfo info, ColumnRole role, ReadOnlySpan<CellValue> parsed, List<string?> cells, IReadOnlyList<int> rows, IssueCollector issues)
    {
        for (var i = 0; i < parsed.Length; i++)
        {
            if (parsed[i].Kind == CellKind.Invalid)
            {
                issues.Warn("not a number", $"'{Quote(cells[i])}' is not a number; the cell is left empty.", rows[i], info.Header);
            }
        }

        return role == ColumnRole.Score
            ? ScoreColumn.Build(info, parsed, rows, issues)
            : CountColumn.Build(info, role, parsed, cells, rows, issues);
    }

    private static (int Numbers, int Invalid) ParseAll(List<string?> cells, int exponent, bool decimalComma, Span<CellValue> parsed)
    {
        var numbers = 0;
        var invalid = 0;
        for (var i = 0; i < parsed.Length; i++)
        {
            parsed[i] = CellParser.Parse(cells[i], exponent, decimalComma);
            numbers += parsed[i].Kind == CellKind.Number ? 1 : 0;
            invalid += parsed[i].Kind == CellKind.Invalid ? 1 : 0;
        }

        return (numbers, invalid);
    }

    /// <summary>
    /// Some cell can only be a decimal comma ("0,54", "1.234,5", "6,3e22", "1,4T", "54,2%") and no cell uses a
    /// decimal point ("0.54", "1,234.5", "6.3e22"). The mantissa is what counts, so every notation the period form
    /// accepts (exponent, magnitude suffix, percent) is evidence in its comma form too.
    /// </summary>
    private static bool UsesDecimalComma(List<string?> cells)
    {
        var sawDecimalComma = false;
        foreach (var cell in cells)
        {
            var mantissa = CellParser.Mantissa(cell);

            // Only mantissas made of digits and separators count as evidence; "Llama 1.5, chat" says nothing.
            if (mantissa.IsEmpty || mantissa.ContainsAnyExcept(NumberCharacters))
            {
                continue;
            }

            var dot = mantissa.LastIndexOf('.');
            var comma = mantissa.LastIndexOf(',');
            if (dot >= 0 && comma < dot)
            {
                return false;
            }

            sawDecimalComma |= dot >= 0 || CellParser.LooksLikeDecimalComma(mantissa);
        }

        return sawDecimalComma;
    }

    public static string Quote(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length <= QuoteLimit ? trimmed : string.Concat(trimmed.AsSpan(0, QuoteLimit), "…");
    }

    public static string FormatNumber(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static ColumnRole DetectRole(HeaderInfo info, ReadOnlySpan<CellValue> parsed, int numbers, int invalid)
    {
        // Mostly numbers makes a numeric column; the odd typo becomes a warning rather than turning it into text.
        if (numbers == 0 || numbers <= invalid)
        {
            return ColumnRole.Label;
        }

        if (info.NameRole is { } role)
        {
            return role;
        }

        return LooksLikeScore(info, parsed) ? ColumnRole.Score : ColumnRole.Numeric;
    }

    private static bool LooksLikeScore(HeaderInfo info, ReadOnlySpan<CellValue> parsed)
    {
        if (info.NotScoreLike)
        {
            return false;
        }

        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var anyPercent = info.Percent;
        var anyFraction = false;
        foreach (var cell in parsed)
        {
            if (cell.Kind != CellKind.Number)
            {
                continue;
            }

            if (cell.Suffix != '\0')
            {
                return false;
            }

            min = Math.Min(min, cell.Value);
            max = Math.Max(max, cell.Value);
            anyPercent |= cell.Percent;
            anyFraction |= cell.Value != Math.Floor(cell.Value);
        }

        // A benchmark name or a '%' is a strong signal: a stray negative value is a typo to warn about, not a reason
        // to demote the column. Without one, all-integer values in [0, 1] are more often flags (0/1) than scores.
        return (anyPercent || info.ScoreLike) ? max <= 100 : min >= 0 && max <= 1 && anyFraction;
    }

    private static LeaderboardColumn BuildText(string header, ColumnRole role, List<string?> cells)
    {
        var texts = new string?[cells.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            var cell = cells[i];
            texts[i] = string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();
        }

        return new LeaderboardColumn(header, role, null, texts, ColumnUnit.None);
    }
}
