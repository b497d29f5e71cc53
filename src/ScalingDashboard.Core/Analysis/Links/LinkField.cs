namespace ScalingDashboard.Core.Analysis.Links;

/// <summary>
/// One key of a link: how a value of <typeparamref name="T"/> writes it (null: the default, left out of the link) and
/// how a raw value is read back into a <typeparamref name="T"/> (an unusable value adds one problem to the reader and
/// leaves the value as it was). Adding an option to a link is one record member and one of these.
/// </summary>
public sealed record LinkField<T>(string Key, Func<T, string?> Write, Func<T, string, LinkReader, T> Read)
{
    /// <summary>This field over a part of a larger value, e.g. the analysis inside the Explorer's state.</summary>
    public LinkField<TOuter> Lift<TOuter>(Func<TOuter, T> get, Func<TOuter, T, TOuter> set) =>
        new(Key, outer => Write(get(outer)), (outer, raw, reader) => set(outer, Read(get(outer), raw, reader)));
}
