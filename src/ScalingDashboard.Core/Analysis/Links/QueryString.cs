namespace ScalingDashboard.Core.Analysis.Links;

/// <summary>Splits a URL query into keys and values without a web framework, so the CLI reads links as pages do.</summary>
public static class QueryString
{
    // A query longer than any link the app writes is not a link; reading it would only cost memory.
    public const int MaxLength = 64 * 1024;

    /// <summary>
    /// Keys and values, percent- and plus-decoded; keys ignore case and a repeated key keeps its first value.
    /// Accepts "?a=b", "a=b" or a whole address (the part after '?', without the fragment).
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Parse(string? query)
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(query))
        {
            return result;
        }

        var text = query.Length > MaxLength ? query[..MaxLength] : query;
        var mark = text.IndexOf('?', StringComparison.Ordinal);
        if (mark >= 0)
        {
            text = text[(mark + 1)..];
        }

        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            text = text[..hash];
        }

        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (key.Length > 0)
            {
                result.TryAdd(key, value);
            }
        }

        return result;
    }

    private static string Decode(string text)
    {
        var plain = text.Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(plain);
        }
        catch (UriFormatException)
        {
            // A malformed escape is kept as typed: the reader then reports the value it cannot use.
            return plain;
        }
    }
}
