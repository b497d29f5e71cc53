using System.Text;

namespace ScalingDashboard.Core.Analysis.Links;

/// <summary>
/// Writes a value as a link's query string and reads it back, through a fixed list of <see cref="LinkField{T}"/>s.
/// Reading never throws: each unusable value keeps its default and adds one plain-words problem. Unknown keys are
/// ignored (a page may share its address with other parameters); keys match ignoring case; a repeated key uses its
/// first value, since joining values would split names at the commas the list format escapes.
/// </summary>
public sealed class LinkCodec<T>(IReadOnlyList<LinkField<T>> fields, T defaults)
{
    public IReadOnlyList<LinkField<T>> Fields { get; } = fields;

    public T Defaults { get; } = defaults;

    /// <summary>Every key in field order with its value; null for "default, leave out" (so a caller can remove stale keys).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> ToQuery(T value) =>
        Fields.Select(f => new KeyValuePair<string, string?>(f.Key, f.Write(value))).ToArray();

    /// <summary>"key=value&amp;..." of the non-default keys, escaped; "" for the default value.</summary>
    public string Format(T value)
    {
        var builder = new StringBuilder();
        foreach (var (key, text) in ToQuery(value))
        {
            if (text is null)
            {
                continue;
            }

            builder.Append(builder.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(text));
        }

        return builder.ToString();
    }

    /// <summary>The value a query describes ("?a=b&amp;c=d", "a=b&amp;c=d", or a whole link), with its problems.</summary>
    public LinkParse<T> Parse(string? query) => Parse(QueryString.Parse(query));

    public LinkParse<T> Parse(IReadOnlyDictionary<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reader = new LinkReader(query);
        var value = Defaults;
        foreach (var field in Fields)
        {
            if (reader.Raw(field.Key) is { } raw)
            {
                value = field.Read(value, raw, reader);
            }
        }

        return new LinkParse<T>(value, reader.Problems);
    }
}
