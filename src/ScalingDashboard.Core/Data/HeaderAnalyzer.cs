using System.Globalization;
using System.Text;

namespace ScalingDashboard.Core.Data;

/// <summary>Reads a header: its role by name, a unit such as "(B)" or "_b", and whether it names a score.</summary>
internal static class HeaderAnalyzer
{
    public static HeaderInfo Analyze(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var trimmed = header.Trim();
        var percent = trimmed.Contains('%', StringComparison.Ordinal);
        var (scoreLike, notScoreLike) = ReadWords(trimmed);

        // A unit in brackets at the end: "#Params (B)", "tokens [T]", "size (billions)".
        if (TrySplitBracketUnit(trimmed, out var baseName, out var inner))
        {
            var role = Lookup(Normalize(baseName)) ?? Lookup(Normalize(trimmed));
            var (multiplier, word) = UnitFromWord(inner);
            return word is null
                ? new HeaderInfo(header, role, 1, null, null, percent, scoreLike, notScoreLike)
                : new HeaderInfo(header, role, multiplier, word, trimmed[baseName.Length..].Trim(), percent, scoreLike, notScoreLike);
        }

        // A one-letter suffix: "params_b", "tokens_t". Only trusted when the rest names a count ("arc_b" is not billions).
        var full = Normalize(trimmed);
        if (trimmed.Length > 2 && trimmed[^2] == '_')
        {
            var (multiplier, word) = UnitFromWord(trimmed[^1..]);
            var role = Lookup(Normalize(trimmed[..^2]));
            if (word is not null && role is { } r && HeaderSynonyms.IsCountRole(r))
            {
                return new HeaderInfo(header, role, multiplier, word, trimmed[^2..], percent, scoreLike, notScoreLike);
            }
        }

        return new HeaderInfo(header, Lookup(full), 1, null, null, percent, scoreLike, notScoreLike);
    }

    /// <summary>Lower case, letters and digits only.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static ColumnRole? Lookup(string normalized) =>
        HeaderSynonyms.Roles.TryGetValue(normalized, out var role) ? role : HeaderSynonyms.ByWordPart(normalized);

    private static bool TrySplitBracketUnit(string header, out string baseName, out string inner)
    {
        baseName = header;
        inner = "";
        if (header.Length < 3 || header[^1] is not (')' or ']'))
        {
            return false;
        }

        var open = header.LastIndexOf(header[^1] == ')' ? '(' : '[');
        if (open <= 0)
        {
            return false;
        }

        baseName = header[..open];
        inner = header[(open + 1)..^1].Trim();
        return true;
    }

    private static (double Multiplier, string? Word) UnitFromWord(string unit)
    {
        if (TryPowerOfTen(unit, out var exponent))
        {
            return (Math.Pow(10, exponent), $"units of 1e{exponent.ToString(CultureInfo.InvariantCulture)}");
        }

        var word = Normalize(unit);
        if (word.StartsWith("in", StringComparison.Ordinal) && word.Length > 3)
        {
            word = word[2..];
        }

        return word switch
        {
            "k" or "thousand" or "thousands" => (1e3, "thousands"),
            "m" or "million" or "millions" or "mn" => (1e6, "millions"),
            "b" or "billion" or "billions" or "bn" => (1e9, "billions"),
            "t" or "trillion" or "trillions" or "tn" => (1e12, "trillions"),
            _ => (1, null),
        };
    }

    /// <summary>"1E21", "1e+21", "x1e21", "10^21": a scale factor, as in the header "FLOPs (1E21)".</summary>
    private static bool TryPowerOfTen(string unit, out int exponent)
    {
        var s = unit.AsSpan().Trim().TrimStart("x×* ");
        if (s.StartsWith("10^", StringComparison.Ordinal))
        {
            s = s[3..];
        }
        else if (s.Length > 2 && s[0] == '1' && s[1] is 'e' or 'E')
        {
            s = s[2..];
        }
        else
        {
            exponent = 0;
            return false;
        }

        // Scales beyond 1e30 are not units anyone writes, and would overflow the exact parsing of cells.
        return int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
            && exponent is > 0 and <= 30;
    }

    private static (bool ScoreLike, bool NotScoreLike) ReadWords(string header)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return (words.Exists(HeaderSynonyms.IsScoreWord), words.Exists(HeaderSynonyms.NotScoreWords.Contains));
    }
}
