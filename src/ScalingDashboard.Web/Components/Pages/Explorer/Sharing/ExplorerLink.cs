using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Sharing;

/// <summary>
/// Converts an <see cref="ExplorerState"/> to and from the query parameters of a shareable link.
/// Defaults are left out so links stay short; numbers use the invariant shortest round-trip form.
/// </summary>
public static class ExplorerLink
{
    public const string DatasetKey = "dataset";
    public const string BenchmarksKey = "bench";
    public const string XKey = "x";
    public const string X2Key = "x2";
    public const string FormsKey = "forms";
    public const string QRandomKey = "qr";
    public const string MarginKey = "margin";
    public const string ThresholdKey = "t";
    public const string TrainMinKey = "tmin";
    public const string HoldoutWhereKey = "where";
    public const string YScaleKey = "y";
    public const string GroupByKey = "group";
    public const string BootstrapKey = "boot";
    public const string AverageKey = "avg";
    public const string SeedKey = "seed";
    public const string WeightsKey = "weights";
    public const string FamiliesKey = "fam";
    public const string SizeMinKey = "smin";
    public const string SizeMaxKey = "smax";
    public const string ActiveKey = "active";

    /// <summary>The seed's margin rule needs a margin well below the score range; half the scale is a generous cap.</summary>
    public const double MaxMargin = 0.5;

    private static readonly ExplorerState Defaults = new();

    private static readonly (string Name, YScale Value)[] YScaleNames =
        [("accuracy", YScale.Accuracy), ("normalised", YScale.Normalised), ("neglog", YScale.NegLogNormalised)];

    private static readonly (string Name, WeightsFilter Value)[] WeightsNames =
        [("all", WeightsFilter.All), ("open", WeightsFilter.Open), ("closed", WeightsFilter.Closed)];

    /// <summary>
    /// Every parameter the link may carry, in a fixed order; a null value means "default, leave out". Keeping the
    /// defaults as null keys (rather than dropping them) lets a caller that merges into the current URL remove stale ones.
    /// Empty names (a "" benchmark or chance-level key) cannot be carried: the parser reports and skips them.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ToQuery(ExplorerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [DatasetKey] = Blank(state.DatasetId),
            [BenchmarksKey] = NamesOrNull(state.Benchmarks, omitWhenEmpty: true),
            [XKey] = Blank(state.X),
            [X2Key] = Blank(state.X2),
            [FormsKey] = state.Forms.IsDefault || state.Forms.SequenceEqual(Defaults.Forms) ? null : NamesOrNull(state.Forms, omitWhenEmpty: false),
            [QRandomKey] = QRandomValue(state.QRandom),
            [MarginKey] = state.Margin.Equals(Defaults.Margin) ? null : Format(state.Margin),
            [ThresholdKey] = state.Threshold is { } t ? Format(t) : null,
            [TrainMinKey] = state.TrainMin is { } tmin ? Format(tmin) : null,
            [HoldoutWhereKey] = string.IsNullOrWhiteSpace(state.HoldoutWhere) ? null : state.HoldoutWhere,
            [YScaleKey] = state.YScale == Defaults.YScale ? null : NameOf(YScaleNames, state.YScale),
            [GroupByKey] = Blank(state.GroupBy),
            [BootstrapKey] = state.Bootstrap ? "1" : null,
            [AverageKey] = state.Average ? "1" : null,
            [SeedKey] = state.Seed == Defaults.Seed ? null : state.Seed.ToString(CultureInfo.InvariantCulture),
            [WeightsKey] = state.Weights == Defaults.Weights ? null : NameOf(WeightsNames, state.Weights),
            [FamiliesKey] = NamesOrNull(state.Families, omitWhenEmpty: true),
            [SizeMinKey] = state.SizeMin is { } smin ? Format(smin) : null,
            [SizeMaxKey] = state.SizeMax is { } smax ? Format(smax) : null,
            [ActiveKey] = state.ActiveParameters ? "1" : null,
        };
    }

    /// <summary>The link's query string ("?a=b&amp;..."), or "" for the default view.</summary>
    public static string ToQueryString(ExplorerState state) =>
        QueryHelpers.AddQueryString(string.Empty, ToQuery(state).Where(p => p.Value is not null));

    /// <summary>
    /// The view a link describes. Never throws: each unusable parameter stays at its default and adds one problem.
    /// Unknown keys are ignored, since the page may share its URL with other parameters.
    /// </summary>
    public static ExplorerLinkParse Parse(IReadOnlyDictionary<string, string?> query)
    {
        var reader = new LinkReader(query ?? ImmutableDictionary<string, string?>.Empty);
        var state = new ExplorerState
        {
            DatasetId = reader.Text(DatasetKey),
            Benchmarks = reader.Names(BenchmarksKey) ?? Defaults.Benchmarks,
            X = reader.Text(XKey),
            X2 = reader.Text(X2Key),
            Forms = ReadForms(reader) ?? Defaults.Forms,
            QRandom = ReadQRandom(reader),
            Margin = reader.Number(MarginKey, 0, MaxMargin) ?? Defaults.Margin,
            Threshold = reader.Number(ThresholdKey),
            TrainMin = reader.Number(TrainMinKey),
            HoldoutWhere = reader.Text(HoldoutWhereKey),
            YScale = reader.Choice(YScaleKey, YScaleNames) ?? Defaults.YScale,
            GroupBy = reader.Text(GroupByKey),
            Bootstrap = reader.Flag(BootstrapKey) ?? Defaults.Bootstrap,
            Average = reader.Flag(AverageKey) ?? Defaults.Average,
            Seed = reader.Integer(SeedKey) ?? Defaults.Seed,
            Weights = reader.Choice(WeightsKey, WeightsNames) ?? Defaults.Weights,
            Families = reader.Names(FamiliesKey) ?? Defaults.Families,
            SizeMin = reader.Number(SizeMinKey, min: 0),
            SizeMax = reader.Number(SizeMaxKey, min: 0),
            ActiveParameters = reader.Flag(ActiveKey) ?? Defaults.ActiveParameters,
        };
        return new ExplorerLinkParse(state, reader.Problems);
    }

    /// <summary>The view of a raw query string ("?a=b&amp;..." or "a=b&amp;..."), without the problems.</summary>
    public static ExplorerState FromQueryString(string query) => ParseQueryString(query).State;

    /// <summary>
    /// <see cref="Parse"/> of a raw query string, e.g. the query of the page's current URI. Keys match ignoring case
    /// (the framework's parser already merges "T" and "t"); a repeated key uses its first value, since joining the
    /// values would split names at the commas the link format escapes.
    /// </summary>
    public static ExplorerLinkParse ParseQueryString(string query)
    {
        var parsed = QueryHelpers.ParseQuery(query ?? string.Empty);
        var first = parsed.ToDictionary(p => p.Key, p => p.Value.Count > 0 ? p.Value[0] : null, StringComparer.OrdinalIgnoreCase);
        return Parse(first);
    }

    private static ImmutableArray<string>? ReadForms(LinkReader reader)
    {
        if (reader.Names(FormsKey) is not { } ids)
        {
            return null;
        }

        var known = ids.Where(id => FitFormRegistry.Default.TryGet(id, out _)).ToImmutableArray();
        foreach (var id in ids.Where(id => !FitFormRegistry.Default.TryGet(id, out _)))
        {
            reader.Problem(FormsKey, id, $"is not a known fit form (known: {string.Join(", ", FitFormRegistry.Default.Ids)})", item: id);
        }

        // Only unknown ids: the default form beats an empty comparison.
        return known.IsEmpty && !ids.IsEmpty ? null : known;
    }

    private static ImmutableDictionary<string, double> ReadQRandom(LinkReader reader)
    {
        var result = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (reader.Raw(QRandomKey) is not { } value)
        {
            return result.ToImmutable();
        }

        foreach (var entry in LinkListCodec.SplitRaw(value))
        {
            var parts = entry.Split(LinkListCodec.PairSeparator);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                reader.Problem(QRandomKey, value, "is not written as benchmark:chance-level", item: entry);
                continue;
            }

            // Chance level must leave room to normalise: Q' divides by 1 - Qrandom.
            if (reader.Number(QRandomKey, parts[1], 0, 1, maxExclusive: true, item: entry) is { } q)
            {
                result[LinkListCodec.Unescape(parts[0])] = q;
            }
        }

        return result.ToImmutable();
    }

    private static string? QRandomValue(ImmutableDictionary<string, double> qRandom) =>
        qRandom.IsEmpty
            ? null
            : string.Join(
                LinkListCodec.ItemSeparator,
                qRandom.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => LinkListCodec.Escape(p.Key) + LinkListCodec.PairSeparator + Format(p.Value)));

    private static string? NamesOrNull(ImmutableArray<string> names, bool omitWhenEmpty) =>
        names.IsDefaultOrEmpty && omitWhenEmpty ? null : LinkListCodec.Join(names.IsDefault ? [] : names);

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // An undefined enum value (a cast int) cannot be named; leaving it out restores the default.
    private static string? NameOf<T>(IEnumerable<(string Name, T Value)> names, T value)
        where T : struct, Enum =>
        names.Where(n => n.Value.Equals(value)).Select(n => n.Name).FirstOrDefault();
}
