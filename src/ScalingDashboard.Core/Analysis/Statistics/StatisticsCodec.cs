using System.Globalization;
using ScalingDashboard.Core.Analysis.Links;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// The one text form of a <see cref="StatisticsSpec"/>: the query part of a Statistics page link and the CLI's
/// <c>--view "QUERY"</c>. Defaults are left out; reading never throws (each unusable value keeps its default and
/// adds one plain-words problem). This list is the only place that names the page's link keys.
/// </summary>
public static class StatisticsCodec
{
    private static readonly StatisticsSpec Defaults = new();

    private static readonly (string Name, BracketClosure Value)[] ClosureNames = [("left", BracketClosure.Left), ("right", BracketClosure.Right)];

    private static readonly (string Name, CorrelationMethod Value)[] CorrelationNames =
        [("pearson", CorrelationMethod.Pearson), ("spearman", CorrelationMethod.Spearman)];

    private static readonly (string Name, EmbeddingMethod Value)[] EmbeddingNames = [("pca", EmbeddingMethod.Pca), ("tsne", EmbeddingMethod.Tsne)];

    private static readonly (string Name, StatisticsSection Value)[] SectionNames =
    [
        ("groups", StatisticsSection.Groups), ("correlations", StatisticsSection.Correlations),
        ("model", StatisticsSection.MixedModel), ("clusters", StatisticsSection.Clusters),
    ];

    public static IReadOnlyList<LinkField<StatisticsSpec>> Fields { get; } =
    [
        new("dataset", s => Blank(s.DatasetId), (s, _, r) => s with { DatasetId = r.Text("dataset") }),
        new("view", s => s.Section == Defaults.Section ? null : Name(SectionNames, s.Section),
            (s, _, r) => r.Choice("view", SectionNames) is { } v ? s with { Section = v } : s),
        new("bench", s => s.Benchmarks.Count == 0 ? null : LinkListCodec.Join(s.Benchmarks),
            (s, _, r) => s with { Benchmarks = r.Names("bench") ?? s.Benchmarks }),
        new("group", s => Blank(s.Grouping.Column), (s, _, r) => s with { Grouping = s.Grouping with { Column = r.Text("group") } }),
        new("edges", s => s.Grouping.Edges == GroupingSpec.DefaultEdges ? null : string.Join(LinkListCodec.ItemSeparator, s.Grouping.Edges.Select(Number)),
            ReadEdges),
        new("closed", s => s.Grouping.Closure == BracketClosure.Left ? null : Name(ClosureNames, s.Grouping.Closure),
            (s, _, r) => r.Choice("closed", ClosureNames) is { } c ? s with { Grouping = s.Grouping with { Closure = c } } : s),
        new("conf", s => s.Confidence.Equals(Defaults.Confidence) ? null : Number(s.Confidence),
            (s, _, r) => r.Number("conf", StatisticsSpec.ConfidenceRange) is { } c ? s with { Confidence = c } : s),
        new("corr", s => s.Correlation == Defaults.Correlation ? null : Name(CorrelationNames, s.Correlation),
            (s, _, r) => r.Choice("corr", CorrelationNames) is { } c ? s with { Correlation = c } : s),
        new("y", s => Blank(s.Model.Y), (s, _, r) => s with { Model = s.Model with { Y = r.Text("y") } }),
        new("x", s => Blank(s.Model.X), (s, _, r) => s with { Model = s.Model with { X = r.Text("x") } }),
        new("logy", s => s.Model.LogY ? null : "0", (s, _, r) => r.Flag("logy") is { } f ? s with { Model = s.Model with { LogY = f } } : s),
        new("logx", s => s.Model.LogX ? null : "0", (s, _, r) => r.Flag("logx") is { } f ? s with { Model = s.Model with { LogX = f } } : s),
        new("re", s => Blank(s.Model.Random), (s, _, r) => s with { Model = s.Model with { Random = r.Text("re") } }),
        new("by", s => Blank(s.Model.By), (s, _, r) => s with { Model = s.Model with { By = r.Text("by") } }),
        new("emb", s => s.Embedding.Method == EmbeddingMethod.Pca ? null : Name(EmbeddingNames, s.Embedding.Method),
            (s, _, r) => r.Choice("emb", EmbeddingNames) is { } m ? s with { Embedding = s.Embedding with { Method = m } } : s),
        new("perp", s => s.Embedding.Perplexity.Equals(EmbeddingSpec.Default.Perplexity) ? null : Number(s.Embedding.Perplexity),
            (s, _, r) => r.Number("perp", EmbeddingSpec.PerplexityRange) is { } p ? s with { Embedding = s.Embedding with { Perplexity = p } } : s),
        new("seed", s => s.Embedding.Seed == EmbeddingSpec.Default.Seed ? null : s.Embedding.Seed.ToString(CultureInfo.InvariantCulture),
            (s, _, r) => r.WholeNumber("seed") is { } seed ? s with { Embedding = s.Embedding with { Seed = seed } } : s),
        new("colour", s => Blank(s.Embedding.ColourBy), (s, _, r) => s with { Embedding = s.Embedding with { ColourBy = r.Text("colour") } }),
    ];

    public static LinkCodec<StatisticsSpec> Codec { get; } = new(Fields, Defaults);

    /// <summary>The section's word in a link (<c>view=model</c>), also used to name the section on the page.</summary>
    public static string SectionName(StatisticsSection section) => Name(SectionNames, section) ?? "groups";

    /// <summary>"group=architecture&amp;..." for <paramref name="spec"/>; "" for the default view.</summary>
    public static string Format(StatisticsSpec spec) => Codec.Format(spec);

    /// <summary>The view a query describes, with one line per ignored part. Never throws.</summary>
    public static LinkParse<StatisticsSpec> Parse(string? query) => Codec.Parse(query);

    /// <summary>Edges as a user types them ("0, 1.5, 3"): finite, strictly increasing, at least two; null with a reason otherwise.</summary>
    public static (ValueList<double>? Edges, string? Problem) ParseEdges(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edges = new List<double>();
        foreach (var part in text.Split(LinkListCodec.ItemSeparator, StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var edge) || !double.IsFinite(edge))
            {
                return (null, $"'{MessageText.OneLine(part)}' is not a number; write edges e.g. 0, 1.5, 3, 7.");
            }

            edges.Add(edge);
        }

        return GroupingSpec.ValidEdges(edges)
            ? (ValueList.From(edges), null)
            : (null, "Edges must be at least two numbers in increasing order, e.g. 0, 1.5, 3, 7.");
    }

    private static StatisticsSpec ReadEdges(StatisticsSpec spec, string raw, LinkReader reader)
    {
        var (edges, problem) = ParseEdges(raw);
        if (edges is null)
        {
            reader.Problem("edges", raw, "is not a list of increasing numbers (" + problem + ")");
            return spec;
        }

        return spec with { Grouping = spec.Grouping with { Edges = edges } };
    }

    private static string? Name<T>(IEnumerable<(string Name, T Value)> names, T value)
        where T : struct => names.Where(n => n.Value.Equals(value)).Select(n => n.Name).FirstOrDefault();

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
