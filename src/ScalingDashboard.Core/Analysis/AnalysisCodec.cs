using System.Globalization;
using ScalingDashboard.Core.Analysis.Links;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// The one text form of an <see cref="AnalysisSpec"/>: the query part of an Explorer link and the CLI's
/// <c>fit --view "QUERY"</c>. Defaults are left out so links stay short; numbers use the invariant shortest
/// round-trip form. This list is the only place that names the analysis keys of a link.
/// </summary>
public static class AnalysisCodec
{
    public const string EstimateToken = "est";

    private static readonly AnalysisSpec Defaults = new();

    private static readonly (string Name, WeightsFilter Value)[] WeightsNames =
        [("all", WeightsFilter.All), ("open", WeightsFilter.Open), ("closed", WeightsFilter.Closed)];

    public static IReadOnlyList<LinkField<AnalysisSpec>> Fields { get; } =
    [
        new("dataset", s => Blank(s.DatasetId), (s, _, r) => s with { DatasetId = r.Text("dataset") }),
        new("bench", s => Names(s.Benchmarks), (s, _, r) => s with { Benchmarks = r.Names("bench") ?? s.Benchmarks }),
        new("avg", s => s.Average ? "1" : null, (s, _, r) => s with { Average = r.Flag("avg") ?? s.Average }),
        new("x", s => Blank(s.X), (s, _, r) => s with { X = r.Text("x") }),
        new("x2", s => Blank(s.X2), (s, _, r) => s with { X2 = r.Text("x2") }),
        new("forms", s => s.Forms == Defaults.Forms ? null : LinkListCodec.Join(s.Forms), ReadForms),
        new("qr", s => ChanceLevelsText(s.ChanceLevels), ReadChanceLevels),
        new("margin", s => s.Margin.Equals(Defaults.Margin) ? null : Number(s.Margin),
            (s, _, r) => r.Number("margin", AnalysisSpec.MarginRange) is { } m ? s with { Margin = m } : s),
        new("t", s => Number(s.Holdout.Threshold), (s, _, r) => s with { Holdout = s.Holdout with { Threshold = r.Number("t") } }),
        new("tmin", s => Number(s.Holdout.TrainMin), (s, _, r) => s with { Holdout = s.Holdout with { TrainMin = r.Number("tmin") } }),
        new("where", s => string.IsNullOrWhiteSpace(s.Holdout.Condition) ? null : s.Holdout.Condition,
            (s, _, r) => s with { Holdout = s.Holdout with { Condition = r.Text("where") } }),
        new("group", s => Blank(s.GroupBy), (s, _, r) => s with { GroupBy = r.Text("group") }),
        new("boot", s => BootText(s.Bootstrap.Resamples), ReadBootstrap),
        new("seed", s => s.Bootstrap.Seed == Defaults.Bootstrap.Seed ? null : s.Bootstrap.Seed.ToString(CultureInfo.InvariantCulture),
            (s, _, r) => r.WholeNumber("seed") is { } seed ? s with { Bootstrap = s.Bootstrap with { Seed = seed } } : s),
        new("weights", s => s.Filters.Weights == WeightsFilter.All ? null : NameOf(s.Filters.Weights),
            (s, _, r) => r.Choice("weights", WeightsNames) is { } w ? s with { Filters = s.Filters with { Weights = w } } : s),
        new("fam", s => Names(s.Filters.Families), (s, _, r) => s with { Filters = s.Filters with { Families = r.Names("fam") ?? s.Filters.Families } }),
        new("smin", s => Number(s.Filters.SizeMin), (s, _, r) => s with { Filters = s.Filters with { SizeMin = r.Number("smin", min: 0) } }),
        new("smax", s => Number(s.Filters.SizeMax), (s, _, r) => s with { Filters = s.Filters with { SizeMax = r.Number("smax", min: 0) } }),
        new("sizeb", s => Blank(s.SizeBenchmark), (s, _, r) => s with { SizeBenchmark = r.Text("sizeb") }),
        new("active", s => s.ActiveParameters ? "1" : null, (s, _, r) => s with { ActiveParameters = r.Flag("active") ?? s.ActiveParameters }),
        new("inv", s => s.Invert.Count == 0 ? null : string.Join(LinkListCodec.ItemSeparator, s.Invert.Select(v => Number(v))), ReadInvert),
    ];

    public static LinkCodec<AnalysisSpec> Codec { get; } = new(Fields, Defaults);

    /// <summary>"bench=...&amp;t=..." for <paramref name="spec"/>; "" for the default analysis.</summary>
    public static string Format(AnalysisSpec spec) => Codec.Format(spec);

    /// <summary>The analysis a query describes, with one line per ignored part. Never throws.</summary>
    public static LinkParse<AnalysisSpec> Parse(string? query) => Codec.Parse(query);

    private static AnalysisSpec ReadForms(AnalysisSpec spec, string raw, LinkReader reader)
    {
        if (reader.Names("forms") is not { } ids)
        {
            return spec;
        }

        var known = ids.Where(id => FitFormRegistry.Default.TryGet(id, out _)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in ids.Where(id => !FitFormRegistry.Default.TryGet(id, out _)).Distinct(StringComparer.Ordinal))
        {
            reader.Problem("forms", raw, $"is not a known fit form (known: {string.Join(", ", FitFormRegistry.Default.Ids)})", item: id);
        }

        // Only unknown ids: the default form beats an empty comparison.
        return known.Count == 0 && ids.Count > 0 ? spec : spec with { Forms = ValueList.From(known) };
    }

    private static AnalysisSpec ReadChanceLevels(AnalysisSpec spec, string raw, LinkReader reader)
    {
        foreach (var entry in LinkListCodec.SplitRaw(raw))
        {
            var parts = entry.Split(LinkListCodec.PairSeparator);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                reader.Problem("qr", raw, "is not written as benchmark:chance-level", item: entry);
                continue;
            }

            var benchmark = LinkListCodec.Unescape(parts[0]);
            if (parts[1].Equals(EstimateToken, StringComparison.OrdinalIgnoreCase))
            {
                spec = spec.WithChanceLevel(benchmark, null);
            }
            else if (reader.Number("qr", parts[1], 0, 1, maxExclusive: true, item: entry) is { } q)
            {
                // Q' divides by 1 - Qrandom, so the level must stay below 1.
                spec = spec.WithChanceLevel(benchmark, q);
            }
        }

        return spec;
    }

    private static AnalysisSpec ReadBootstrap(AnalysisSpec spec, string raw, LinkReader reader)
    {
        // "1" is the Explorer's switch (its default band); a larger whole number asks for that many resamples.
        if (reader.Flag("boot", quiet: true) is { } on)
        {
            return spec with { Bootstrap = spec.Bootstrap with { Resamples = on ? BootstrapSettings.DefaultResamples : 0 } };
        }

        if (reader.WholeNumber("boot", BootstrapSettings.ResamplesRange) is { } n)
        {
            return spec with { Bootstrap = spec.Bootstrap with { Resamples = n } };
        }

        return spec;
    }

    private static AnalysisSpec ReadInvert(AnalysisSpec spec, string raw, LinkReader reader)
    {
        var scores = new List<double>();
        foreach (var item in LinkListCodec.SplitRaw(raw))
        {
            if (reader.Number("inv", item, double.NegativeInfinity, double.PositiveInfinity, false, item: item) is { } y)
            {
                scores.Add(y);
            }
        }

        return spec with { Invert = ValueList.From(scores) };
    }

    private static string? BootText(int resamples) => resamples switch
    {
        0 => null,
        BootstrapSettings.DefaultResamples => "1",
        _ => resamples.ToString(CultureInfo.InvariantCulture),
    };

    private static string? ChanceLevelsText(ValueList<ChanceLevelSetting> levels) =>
        levels.Count == 0
            ? null
            : string.Join(
                LinkListCodec.ItemSeparator,
                levels.OrderBy(c => c.Benchmark, StringComparer.Ordinal)
                    .Select(c => LinkListCodec.Escape(c.Benchmark) + LinkListCodec.PairSeparator + (c.Value is { } v ? Number(v) : EstimateToken)));

    private static string? Names(ValueList<string> names) => names.Count == 0 ? null : LinkListCodec.Join(names);

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? NameOf(WeightsFilter value) => WeightsNames.Where(n => n.Value == value).Select(n => n.Name).FirstOrDefault();
}
