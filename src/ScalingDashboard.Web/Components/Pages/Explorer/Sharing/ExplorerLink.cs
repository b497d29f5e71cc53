using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Analysis.Links;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Sharing;

/// <summary>
/// An <see cref="ExplorerState"/> to and from the query of a shareable link: the analysis keys of
/// <see cref="AnalysisCodec"/> (the same text the CLI's <c>fit --view</c> reads) plus the keys of how it is drawn.
/// </summary>
public static class ExplorerLink
{
    private static readonly (string Name, YScale Value)[] YScaleNames =
        [("accuracy", YScale.Accuracy), ("normalised", YScale.Normalised), ("neglog", YScale.NegLogNormalised)];

    private static readonly LinkCodec<ExplorerState> Codec = new(
    [
        .. AnalysisCodec.Fields.Select(f => f.Lift<ExplorerState>(s => s.Analysis, (s, a) => s with { Analysis = a })),
        new LinkField<ExplorerState>("y", s => s.YScale == YScale.Accuracy ? null : YScaleNames.First(n => n.Value == s.YScale).Name,
            (s, _, r) => r.Choice("y", YScaleNames) is { } y ? s with { YScale = y } : s),
        // The loss-law calculator: a budget, and an N and D to read the law at. Positive and below what any log axis
        // or double arithmetic on them can carry (C = 6ND must stay finite).
        new LinkField<ExplorerState>("budget", s => Number(s.Budget), (s, _, r) => s with { Budget = r.Number("budget", MinCalculatorValue, MaxCalculatorValue) }),
        new LinkField<ExplorerState>("calcn", s => Number(s.CalculatorParameters),
            (s, _, r) => s with { CalculatorParameters = r.Number("calcn", MinCalculatorValue, MaxCalculatorValue) }),
        new LinkField<ExplorerState>("calcd", s => Number(s.CalculatorTokens),
            (s, _, r) => s with { CalculatorTokens = r.Number("calcd", MinCalculatorValue, MaxCalculatorValue) }),
    ], new ExplorerState());

    /// <summary>The calculator's range for C, N and D: 1 to 1e40 (6ND then stays far from overflow).</summary>
    public const double MinCalculatorValue = 1;
    public const double MaxCalculatorValue = 1e40;

    private static string? Number(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every key in a fixed order; null for "default, leave out" (lets a caller remove stale keys).</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ToQuery(ExplorerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Codec.ToQuery(state);
    }

    /// <summary>The link's query string ("?a=b&amp;..."), or "" for the default view.</summary>
    public static string ToQueryString(ExplorerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var query = Codec.Format(state);
        return query.Length == 0 ? "" : "?" + query;
    }

    /// <summary>The view of a raw query string ("?a=b&amp;..." or "a=b&amp;..."), without the problems.</summary>
    public static ExplorerState FromQueryString(string query) => ParseQueryString(query).Value;

    /// <summary>The view a query describes, and one line per part of it that was ignored. Never throws.</summary>
    public static LinkParse<ExplorerState> ParseQueryString(string query) => Codec.Parse(query);

    /// <summary>As <see cref="ParseQueryString"/>, from keys and values already split.</summary>
    public static LinkParse<ExplorerState> Parse(IReadOnlyDictionary<string, string?> query) =>
        Codec.Parse(new Dictionary<string, string?>(query ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase));
}
