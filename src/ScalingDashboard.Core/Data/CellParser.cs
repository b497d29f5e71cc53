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

    /// <summary>Parses a cell.</summary>
    /// <param name="headerExponent">Power of ten from the header's unit ("(B)" = 9), used when the cell has no suffix.</param>
    /// <param name="decimalComma">The column writes "0,54" for 0.54 (and may group thousands with '.').</param>
    /// <returns>The value with the suffix or header unit applied, but not the percent sign.</returns>
    public static CellValue Parse(string? raw, int headerExponent = 0, bool decimalComma = false)
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

        // Fast exit for text ("LlamaForCausalLM", URLs, hashes): label columns go through here too.
        if (!(char.IsAsciiDigit(s[0]) || s[0] is '-' or '+' or '.') || s.Length > MaxNumberLength + 2)
        {
            return CellValue.Invalid;
        }

        var percent = false;
        if (s[^1] == '%')
        {
            percent = true;
            s = s[..^1].TrimEnd();
        }

        var suffix = '\0';
        if (s.Length > 1 && SuffixExponent(s[^1]) > 0 && (char.IsAsciiDigit(s[^2]) || s[^2] == '.' || s[^2] == ' '))
        {
            suffix = char.ToUpperInvariant(s[^1]);
            s = s[..^1].TrimEnd();
        }

        if (s.IsEmpty || s.Length > MaxNumberLength)
        {
            return CellValue.Invalid;
        }

        // Room for the number plus an appended exponent such as "e12".
        Span<char> buffer = stackalloc char[MaxNumberLength + 8];
        int length;
        if (decimalComma)
        {
            if (!TryConvertDecimalComma(s, buffer, out length))
            {
                return CellValue.Invalid;
            }
        }
        else if (s.Contains(','))
        {
            // A comma inside a cell is only a thousands separator when it groups digits by three ("1,024",
            // "12,345,678.5"); "0,54" is not read as 54 (the column may turn out to use decimal commas).
            if (!TryRemoveThousandsSeparators(s, buffer, out length))
            {
                return CellValue.Invalid;
            }
        }
        else
        {
            s.CopyTo(buffer);
            length = s.Length;
        }

        // "1.2T" is read as "1.2e12" rather than 1.2 * 1e12, so the result is the double nearest the written value.
        var exponent = suffix == '\0' ? headerExponent : SuffixExponent(suffix);
        var hasExponent = buffer[..length].IndexOfAny('e', 'E') >= 0;
        if (exponent != 0 && !hasExponent)
        {
            buffer[length++] = 'e';
            exponent.TryFormat(buffer[length..], out var written, default, CultureInfo.InvariantCulture);
            length += written;
        }

        if (!double.TryParse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return CellValue.Invalid;
        }

        if (exponent != 0 && hasExponent)
        {
            value *= Math.Pow(10, exponent);
        }

        // "Infinity" and "NaN" parse, but neither can be plotted or fitted.
        return double.IsFinite(value) ? new CellValue(CellKind.Number, value, percent, suffix) : CellValue.Invalid;
    }

    /// <summary>The power of ten of a magnitude suffix letter, or 0 when the letter is not one.</summary>
    public static int SuffixExponent(char suffix) => char.ToUpperInvariant(suffix) switch
    {
        'K' => 3,
        'M' => 6,
        'B' => 9,
        'T' => 12,
        _ => 0,
    };

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

    /// <summary>True when the text can only be a number written with a decimal comma, like "0,54" or "12,5".</summary>
    public static bool LooksLikeDecimalComma(ReadOnlySpan<char> text)
    {
        var s = text.Trim().TrimEnd('%').TrimEnd();
        var comma = s.IndexOf(',');
        return comma > 0 && s.Length <= MaxNumberLength && comma == s.LastIndexOf(',') && !s.Contains('.')
            && !TryRemoveThousandsSeparators(s, stackalloc char[MaxNumberLength], out _);
    }

    /// <summary>
    /// The digits-and-separators part of a cell, without a percent sign, a magnitude suffix or an exponent:
    /// "6,3e22" -> "6,3", "1,4T" -> "1,4", "54,2 %" -> "54,2". Empty for a missing cell.
    /// </summary>
    public static ReadOnlySpan<char> Mantissa(string? raw)
    {
        var s = raw.AsSpan().Trim();
        if (s.IsEmpty || s.Length > MaxNumberLength + 2)
        {
            return [];
        }

        if (s[^1] == '%')
        {
            s = s[..^1].TrimEnd();
        }

        if (s.Length > 1 && SuffixExponent(s[^1]) > 0)
        {
            s = s[..^1].TrimEnd();
        }

        var e = s.IndexOfAny('e', 'E');
        if (e > 0 && IsExponent(s[(e + 1)..]))
        {
            s = s[..e];
        }

        return s;
    }

    /// <summary>"22", "+22", "-3": what may follow the 'e' of a number in scientific form.</summary>
    private static bool IsExponent(ReadOnlySpan<char> s)
    {
        var digits = s.Length > 0 && s[0] is '+' or '-' ? s[1..] : s;
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>"1.234,5" -> "1234.5": dots group thousands, the single comma is the decimal point.</summary>
    private static bool TryConvertDecimalComma(ReadOnlySpan<char> s, Span<char> buffer, out int length)
    {
        length = 0;
        var commas = 0;
        foreach (var c in s)
        {
            if (c == '.')
            {
                continue;
            }

            commas += c == ',' ? 1 : 0;
            buffer[length++] = c == ',' ? '.' : c;
        }

        return commas <= 1;
    }

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
