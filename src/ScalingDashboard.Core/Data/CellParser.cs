using System.Globalization;

namespace ScalingDashboard.Core.Data;

/// <summary>
/// Reads one cell as a number: "7B", "1.2T", "350M", "13k", "6e21", "1,024", "54%", and the usual spellings of
/// "no value". Span-based and regex-free because it runs once per cell of files with hundreds of thousands of cells.
/// </summary>
internal static class CellParser
{
    // Longest number we try to read; anything longer is not a number a person typed into a leaderboard.
    private const int MaxNumberLength = 64;

    public static CellValue Parse(string? raw)
    {
        if (raw is null)
        {
            return CellValue.Missing;
        }

        var s = raw.AsSpan().Trim();
        if (s.IsEmpty || IsMissingToken(s))
        {
            return CellValue.Missing;
        }

        var percent = false;
        if (s[^1] == '%')
        {
            percent = true;
            s = s[..^1].TrimEnd();
        }

        var suffix = '\0';
        if (s.Length > 1 && SuffixMultiplier(s[^1]) > 0 && (char.IsAsciiDigit(s[^2]) || s[^2] == '.' || s[^2] == ' '))
        {
            suffix = char.ToUpperInvariant(s[^1]);
            s = s[..^1].TrimEnd();
        }

        if (s.IsEmpty || s.Length > MaxNumberLength)
        {
            return CellValue.Invalid;
        }

        double value;
        if (s.Contains(','))
        {
            // A comma inside a cell is only a thousands separator when it groups digits by three ("1,024",
            // "12,345,678.5"); "0,54" (a decimal comma) is reported rather than silently read as 54.
            Span<char> buffer = stackalloc char[MaxNumberLength];
            if (!TryRemoveThousandsSeparators(s, buffer, out var length)
                || !double.TryParse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                return CellValue.Invalid;
            }
        }
        else if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return CellValue.Invalid;
        }

        // "Infinity" and "NaN" parse, but neither can be plotted or fitted.
        return double.IsFinite(value) ? new CellValue(CellKind.Number, value, percent, suffix) : CellValue.Invalid;
    }

    /// <summary>The factor of a magnitude suffix letter, or 0 when the letter is not one.</summary>
    public static double SuffixMultiplier(char suffix) => char.ToUpperInvariant(suffix) switch
    {
        'K' => 1e3,
        'M' => 1e6,
        'B' => 1e9,
        'T' => 1e12,
        _ => 0,
    };

    /// <summary>The plain word for a suffix letter, used in the column's unit description.</summary>
    public static string SuffixWord(char suffix) => char.ToUpperInvariant(suffix) switch
    {
        'K' => "thousands",
        'M' => "millions",
        'B' => "billions",
        'T' => "trillions",
        _ => "as written",
    };

    private static bool IsMissingToken(ReadOnlySpan<char> s) =>
        s is "-" or "—" or "–" or "?"
        || s.Equals("NA", StringComparison.OrdinalIgnoreCase)
        || s.Equals("N/A", StringComparison.OrdinalIgnoreCase)
        || s.Equals("nan", StringComparison.OrdinalIgnoreCase)
        || s.Equals("null", StringComparison.OrdinalIgnoreCase)
        || s.Equals("none", StringComparison.OrdinalIgnoreCase);

    private static bool TryRemoveThousandsSeparators(ReadOnlySpan<char> s, Span<char> buffer, out int length)
    {
        length = 0;
        var start = s[0] is '-' or '+' ? 1 : 0;
        var end = s.IndexOfAny('.', 'e', 'E');
        if (end < 0)
        {
            end = s.Length;
        }

        // Digits since the last comma (or the start); the first group may have 1-3, every later group exactly 3.
        var groupDigits = 0;
        var sawComma = false;
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            if (c == ',')
            {
                if (groupDigits == 0 || groupDigits > 3 || (sawComma && groupDigits != 3))
                {
                    return false;
                }

                sawComma = true;
                groupDigits = 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                groupDigits++;
            }
            else
            {
                return false;
            }
        }

        if (groupDigits != 3 || s[end..].Contains(','))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
        }

        return true;
    }
}
