using Microsoft.AspNetCore.WebUtilities;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Analysis.Links;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Sharing;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer.Sharing;

public sealed class ExplorerLinkRoundTripTests
{
    private static readonly string[] OddNames =
    [
        "arc_easy|acc_norm", "MMLU (5-shot), %", "a:b,c", "100%", "%2C", "%25", "%%", "%", "%3a", "日本語 ベンチ", "rocket 🚀",
        "<script>alert(1)</script>", "a&b=c", "x+y", "  spaces  ", "#hash", "?q", "'quote\"", "trailing,", ",leading", ":",
        "line\nbreak", "tab\there", "=SUM(A1)", "back\\slash", "plus+%2B",
    ];

    private static readonly ExplorerState[] States =
    [
        new(),
        View(new() { DatasetId = "open-llm-leaderboard", Benchmarks = ["MMLU"], X = "FLOPs" }),
        View(new() { Benchmarks = ValueList.From(OddNames), X = "C (FLOPs), total", GroupBy = "family|arch" }),
        View(new() { DatasetId = "d,1:%", Filters = new RowFilters { Families = ValueList.From(OddNames.Reverse()), Weights = WeightsFilter.Open } }),
        View(OddNames.Select((n, i) => (n, i)).Aggregate(new AnalysisSpec(), (s, p) => s.WithChanceLevel(p.n, p.i / 100.0))),
        View(new AnalysisSpec().WithChanceLevel("mmlu", 0.1 + 0.2).WithChanceLevel("arc", 1e-300).WithChanceLevel("hs", 0.999999999999)),
        View(new AnalysisSpec().WithChanceLevel("arc_easy", null).WithChanceLevel("a:b,c", null).WithChanceLevel("mmlu", 0.25)),
        View(new() { Forms = [] }),
        View(new() { Forms = ValueList.From(FitFormRegistry.Default.Ids.Reverse()) }),
        View(new() { Margin = 0 }),
        View(new() { Margin = 0.5 }),
        View(new() { Margin = 0.1 + 0.2, Holdout = new HoldoutRule { Threshold = 6e21, TrainMin = 3e18 } }),
        View(new() { Holdout = new HoldoutRule { Threshold = 1.0000000000000002e21, TrainMin = -1e-310 } }),
        View(new() { Holdout = new HoldoutRule { Threshold = -12.5, TrainMin = 0 } }),
        View(new(), YScale.Normalised),
        View(new() { Filters = new RowFilters { Weights = WeightsFilter.Closed } }, YScale.NegLogNormalised),
        View(new() { Bootstrap = new BootstrapSettings { Resamples = BootstrapSettings.DefaultResamples, Seed = 0 } }),
        View(new() { Bootstrap = new BootstrapSettings { Resamples = BootstrapSettings.DefaultResamples, Seed = int.MinValue }, ActiveParameters = true }),
        View(new() { Bootstrap = new BootstrapSettings { Seed = int.MaxValue } }),
        View(new() { Bootstrap = new BootstrapSettings { Resamples = 2 } }),
        View(new() { Bootstrap = new BootstrapSettings { Resamples = 1000, Seed = 7 } }),
        View(new() { Bootstrap = new BootstrapSettings { Resamples = BootstrapSettings.ResamplesRange.Max } }),
        View(new() { Filters = new RowFilters { SizeMin = 0, SizeMax = double.MaxValue } }),
        View(new() { Filters = new RowFilters { SizeMin = 7e9 } }),
        View(new() { Filters = new RowFilters { SizeMax = double.Epsilon } }),
        View(new() { Invert = [0.5, -0.25, 1e-300, 0.1 + 0.2] }),
        View(
            new AnalysisSpec
            {
                DatasetId = "ds", Benchmarks = ["arc_easy|acc_norm", "MMLU (5-shot), %"], X = "tokens", Forms = ["log-log", "sigmoid"],
                Margin = 0.02, Holdout = new HoldoutRule { Threshold = 6e21, TrainMin = 3e18 }, GroupBy = "family",
                Bootstrap = new BootstrapSettings { Resamples = BootstrapSettings.DefaultResamples, Seed = 7 },
                Filters = new RowFilters { Weights = WeightsFilter.Open, Families = ["llama", "qwen, 2.5"], SizeMin = 1e9, SizeMax = 7e10 },
                ActiveParameters = true, Invert = [0.6],
            }.WithChanceLevel("MMLU (5-shot), %", 0.25),
            YScale.NegLogNormalised),
        View(new() { X2 = "tokens, D (B)", Forms = ["params-tokens"], Average = true }),
        View(new() { Holdout = new HoldoutRule { Condition = "flops > 6e21 or `tpr, ratio` = 160 and not (arch != 'dense & <b>')", TrainMin = 3e18 } }),
        new ExplorerState { Analysis = new() { Forms = ["loss-params-tokens"], X2 = "tokens" }, Budget = 1e24, CalculatorParameters = 7e10, CalculatorTokens = 1.4e12 },
        new ExplorerState { Budget = 1, CalculatorParameters = 1e40, CalculatorTokens = 1.0000000000000002 },
    ];

    public static TheoryData<int> StateIndices() => [.. Enumerable.Range(0, States.Length)];

    [Theory]
    [MemberData(nameof(StateIndices))]
    public void RoundTrip_ThroughUrl_RestoresEqualStateWithoutProblems(int index)
    {
        var state = States[index];

        var parsed = ParseUrl(QueryHelpers.AddQueryString("https://example.test/explorer", ExplorerLink.ToQuery(state).Where(p => p.Value is not null)));

        Assert.Empty(parsed.Problems);
        Assert.Equal(state, parsed.Value);
    }

    [Theory]
    [MemberData(nameof(StateIndices))]
    public void RoundTrip_FromQueryString_RestoresEqualState(int index)
    {
        var state = States[index];

        Assert.Equal(state, ExplorerLink.FromQueryString(ExplorerLink.ToQueryString(state)));
    }

    [Theory]
    [MemberData(nameof(StateIndices))]
    public void RoundTrip_AnalysisCodec_IsTheLinkWithoutTheDrawingKeys(int index)
    {
        var state = States[index] with { YScale = YScale.Accuracy, Budget = null, CalculatorParameters = null, CalculatorTokens = null };

        // The CLI's fit --view reads the same text: the link's query is the analysis's text form plus the drawing keys
        // (y and the loss-law calculator's budget, calcn and calcd).
        Assert.Equal(ExplorerLink.ToQueryString(state).TrimStart('?'), AnalysisCodec.Format(state.Analysis));
        Assert.Equal(state.Analysis, AnalysisCodec.Parse(AnalysisCodec.Format(state.Analysis)).Value);
    }

    [Fact]
    public void ToQuery_DefaultState_OmitsEveryParameter()
    {
        var query = ExplorerLink.ToQuery(new ExplorerState());

        // Every analysis key of AnalysisCodec (inv is new with the shared analysis, sizeb with issue 9) and the Explorer's own
        // drawing keys: y, and the loss-law calculator's (issue 12).
        Assert.Equal(
            ["dataset", "bench", "avg", "x", "x2", "forms", "qr", "margin", "t", "tmin", "where", "group", "boot", "seed", "weights", "fam", "smin", "smax", "sizeb", "active", "inv", "y", "budget", "calcn", "calcd"],
            query.Select(p => p.Key));
        Assert.All(query, p => Assert.Null(p.Value));
        Assert.Equal(string.Empty, ExplorerLink.ToQueryString(new ExplorerState()));
    }

    [Fact]
    public void ToQuery_SetValues_WritesShortKeysAndInvariantRoundTripNumbers()
    {
        var state = View(
            new AnalysisSpec
            {
                Benchmarks = ["arc_easy|acc_norm", "MMLU (5-shot), %"],
                Holdout = new HoldoutRule { Threshold = 6e21 },
                Margin = 0.02,
                Bootstrap = new BootstrapSettings { Resamples = BootstrapSettings.DefaultResamples },
                Filters = new RowFilters { Weights = WeightsFilter.Closed },
            }.WithChanceLevel("b", 0.25).WithChanceLevel("a:1", 0.1 + 0.2),
            YScale.NegLogNormalised);

        var query = ExplorerLink.ToQuery(state).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        Assert.Equal("arc_easy|acc_norm,MMLU (5-shot)%2C %25", query["bench"]);
        Assert.Equal("a%3A1:0.30000000000000004,b:0.25", query["qr"]);
        Assert.Equal("6E+21", query["t"]);
        Assert.Equal("0.02", query["margin"]);
        Assert.Equal("neglog", query["y"]);
        Assert.Equal("1", query["boot"]);
        Assert.Equal("closed", query["weights"]);
        Assert.Null(query["forms"]);
        Assert.Null(query["seed"]);
    }

    [Fact]
    public void ToQuery_ResamplesAndEstimatedChanceLevel_WriteCountAndEst()
    {
        var state = View(new AnalysisSpec { Bootstrap = new BootstrapSettings { Resamples = 1000 } }.WithChanceLevel("arc_easy", null));

        var query = ExplorerLink.ToQuery(state).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        Assert.Equal("1000", query["boot"]);
        Assert.Equal("arc_easy:est", query["qr"]);
    }

    [Fact]
    public void ToQuery_EmptyFormList_IsWrittenSoItDiffersFromTheDefault()
    {
        var query = ExplorerLink.ToQuery(View(new AnalysisSpec { Forms = [] }));

        Assert.Equal(string.Empty, query.Single(p => p.Key == "forms").Value);
    }

    [Fact]
    public void ToQueryString_OddText_IsEscapedWithEscapeDataString()
    {
        var query = ExplorerLink.ToQueryString(View(new AnalysisSpec { Benchmarks = ["a b+c&d"], Holdout = new HoldoutRule { Threshold = 6e21 } }));

        Assert.Equal("?bench=a%20b%2Bc%26d&t=6E%2B21", query);
    }

    [Fact]
    public void Parse_HandWrittenLink_IsApplied()
    {
        var state = ExplorerLink.FromQueryString("?dataset=seed&bench=MMLU,ARC&t=6e21&y=Normalised&boot=true&fam=llama&smin=7e9");

        Assert.Equal(
            View(
                new AnalysisSpec
                {
                    DatasetId = "seed", Benchmarks = ["MMLU", "ARC"], Holdout = new HoldoutRule { Threshold = 6e21 },
                    Bootstrap = new BootstrapSettings { Resamples = BootstrapSettings.DefaultResamples },
                    Filters = new RowFilters { Families = ["llama"], SizeMin = 7e9 },
                },
                YScale.Normalised),
            state);
    }

    [Fact]
    public void Parse_NumbersWithUnits_AreReadAsInATableCell()
    {
        var parsed = ExplorerLink.ParseQueryString("?t=6e21&smin=7B&smax=1.2T&margin=5%25&tmin=3,000");

        Assert.Empty(parsed.Problems);
        var analysis = parsed.Value.Analysis;
        Assert.Equal(6e21, analysis.Holdout.Threshold);
        Assert.Equal(7e9, analysis.Filters.SizeMin);
        Assert.Equal(1.2e12, analysis.Filters.SizeMax);
        Assert.Equal(0.05, analysis.Margin);
        Assert.Equal(3000, analysis.Holdout.TrainMin);
    }

    [Theory]
    [InlineData("1", BootstrapSettings.DefaultResamples)]
    [InlineData("true", BootstrapSettings.DefaultResamples)]
    [InlineData("0", 0)]
    [InlineData("2", 2)]
    [InlineData("5000", 5000)]
    public void Parse_Boot_OneIsTheDefaultBandAndLargerCountsAreResamples(string value, int resamples)
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?> { ["boot"] = value });

        Assert.Empty(parsed.Problems);
        Assert.Equal(resamples, parsed.Value.Analysis.Bootstrap.Resamples);
    }

    [Fact]
    public void Parse_EstimatedChanceLevel_IsSetWithoutAValue()
    {
        var parsed = ExplorerLink.ParseQueryString("?qr=arc_easy:est,mmlu:0.25");

        Assert.Empty(parsed.Problems);
        var estimate = parsed.Value.Analysis.ChanceLevelFor("arc_easy");
        Assert.NotNull(estimate);
        Assert.Null(estimate.Value);
        Assert.Equal(0.25, parsed.Value.Analysis.ChanceLevelFor("mmlu")!.Value);
    }

    [Fact]
    public void Parse_RepeatedForm_IsKeptOnce()
    {
        // Forms are compared side by side, so a form listed twice is read once (it used to be fitted twice).
        var state = ExplorerLink.FromQueryString("?forms=sigmoid,log-log,sigmoid");

        Assert.Equal<string>(["sigmoid", "log-log"], state.Analysis.Forms);
    }

    [Fact]
    public void FromQueryString_RepeatedKey_UsesFirstValue()
    {
        Assert.Equal(0.1, ExplorerLink.FromQueryString("margin=0.1&margin=0.2").Analysis.Margin);
    }

    [Fact]
    public void ParseQueryString_KeysInOtherCase_AreReadAndProblemsAreKept()
    {
        var parsed = ExplorerLink.ParseQueryString("?T=6e21&Y=cubic");

        Assert.Equal(6e21, parsed.Value.Analysis.Holdout.Threshold);
        Assert.Contains("'cubic'", Assert.Single(parsed.Problems), StringComparison.Ordinal);
    }

    private static ExplorerState View(AnalysisSpec analysis, YScale yScale = YScale.Accuracy) => new() { Analysis = analysis, YScale = yScale };

    private static LinkParse<ExplorerState> ParseUrl(string url)
    {
        var start = url.IndexOf('?', StringComparison.Ordinal);
        var query = start < 0 ? string.Empty : url[start..];
        var parsed = QueryHelpers.ParseQuery(query);
        return ExplorerLink.Parse(parsed.ToDictionary(p => p.Key, p => (string?)p.Value[0], StringComparer.Ordinal));
    }
}
