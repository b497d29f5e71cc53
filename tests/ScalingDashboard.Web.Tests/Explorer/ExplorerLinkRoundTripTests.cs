using System.Collections.Immutable;
using Microsoft.AspNetCore.WebUtilities;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Sharing;

namespace ScalingDashboard.Web.Tests.Explorer;

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
        new() { DatasetId = "open-llm-leaderboard", Benchmarks = ["MMLU"], X = "FLOPs" },
        new() { Benchmarks = [.. OddNames], X = "C (FLOPs), total", GroupBy = "family|arch" },
        new() { DatasetId = "d,1:%", Families = [.. OddNames.Reverse()], Weights = WeightsFilter.Open },
        new() { QRandom = OddNames.Select((n, i) => KeyValuePair.Create(n, i / 100.0)).ToImmutableDictionary() },
        new() { QRandom = ImmutableDictionary<string, double>.Empty.Add("mmlu", 0.1 + 0.2).Add("arc", 1e-300).Add("hs", 0.999999999999) },
        new() { Forms = [] },
        new() { Forms = [.. FitFormRegistry.Default.Ids.Reverse()] },
        new() { Forms = ["sigmoid", "sigmoid"] },
        new() { Margin = 0 },
        new() { Margin = 0.5 },
        new() { Margin = 0.1 + 0.2, Threshold = 6e21, TrainMin = 3e18 },
        new() { Threshold = 1.0000000000000002e21, TrainMin = -1e-310 },
        new() { Threshold = -12.5, TrainMin = 0 },
        new() { YScale = YScale.Normalised },
        new() { YScale = YScale.NegLogNormalised, Weights = WeightsFilter.Closed },
        new() { Bootstrap = true, Seed = 0 },
        new() { Bootstrap = true, Seed = int.MinValue, ActiveParameters = true },
        new() { Seed = int.MaxValue },
        new() { SizeMin = 0, SizeMax = double.MaxValue },
        new() { SizeMin = 7e9 },
        new() { SizeMax = double.Epsilon },
        new()
        {
            DatasetId = "ds", Benchmarks = ["arc_easy|acc_norm", "MMLU (5-shot), %"], X = "tokens", Forms = ["log-log", "sigmoid"],
            QRandom = ImmutableDictionary<string, double>.Empty.Add("MMLU (5-shot), %", 0.25), Margin = 0.02, Threshold = 6e21,
            TrainMin = 3e18, YScale = YScale.NegLogNormalised, GroupBy = "family", Bootstrap = true, Seed = 7,
            Weights = WeightsFilter.Open, Families = ["llama", "qwen, 2.5"], SizeMin = 1e9, SizeMax = 7e10, ActiveParameters = true,
        },
        new() { X2 = "tokens, D (B)", Forms = ["params-tokens"], Average = true },
        new() { HoldoutWhere = "flops > 6e21 or `tpr, ratio` = 160 and not (arch != 'dense & <b>')", TrainMin = 3e18 },
    ];

    public static TheoryData<int> StateIndices() => [.. Enumerable.Range(0, States.Length)];

    [Theory]
    [MemberData(nameof(StateIndices))]
    public void RoundTrip_ThroughUrl_RestoresEqualStateWithoutProblems(int index)
    {
        var state = States[index];

        var parsed = ParseUrl(QueryHelpers.AddQueryString("https://example.test/explorer", ExplorerLink.ToQuery(state)));

        Assert.Empty(parsed.Problems);
        Assert.Equal(state, parsed.State);
    }

    [Theory]
    [MemberData(nameof(StateIndices))]
    public void RoundTrip_FromQueryString_RestoresEqualState(int index)
    {
        var state = States[index];

        Assert.Equal(state, ExplorerLink.FromQueryString(ExplorerLink.ToQueryString(state)));
    }

    [Fact]
    public void ToQuery_DefaultState_OmitsEveryParameter()
    {
        var query = ExplorerLink.ToQuery(new ExplorerState());

        Assert.Equal(20, query.Count);
        Assert.All(query.Values, Assert.Null);
        Assert.Equal(string.Empty, ExplorerLink.ToQueryString(new ExplorerState()));
    }

    [Fact]
    public void ToQuery_WritesShortKeysAndInvariantRoundTripNumbers()
    {
        var state = new ExplorerState
        {
            Benchmarks = ["arc_easy|acc_norm", "MMLU (5-shot), %"],
            QRandom = ImmutableDictionary<string, double>.Empty.Add("b", 0.25).Add("a:1", 0.1 + 0.2),
            Threshold = 6e21,
            Margin = 0.02,
            YScale = YScale.NegLogNormalised,
            Bootstrap = true,
            Weights = WeightsFilter.Closed,
        };

        var query = ExplorerLink.ToQuery(state);

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
    public void ToQuery_EmptyFormList_IsWrittenSoItDiffersFromTheDefault()
    {
        Assert.Equal(string.Empty, ExplorerLink.ToQuery(new ExplorerState { Forms = [] })["forms"]);
    }

    [Fact]
    public void Parse_HandWrittenLink_IsApplied()
    {
        var state = ExplorerLink.FromQueryString("?dataset=seed&bench=MMLU,ARC&t=6e21&y=Normalised&boot=true&fam=llama&smin=7e9");

        Assert.Equal(
            new ExplorerState
            {
                DatasetId = "seed", Benchmarks = ["MMLU", "ARC"], Threshold = 6e21, YScale = YScale.Normalised,
                Bootstrap = true, Families = ["llama"], SizeMin = 7e9,
            },
            state);
    }

    [Fact]
    public void FromQueryString_RepeatedKey_UsesFirstValue()
    {
        Assert.Equal(0.1, ExplorerLink.FromQueryString("margin=0.1&margin=0.2").Margin);
    }

    [Fact]
    public void ParseQueryString_KeysIgnoreCaseAndProblemsAreKept()
    {
        var parsed = ExplorerLink.ParseQueryString("?T=6e21&Y=cubic");

        Assert.Equal(6e21, parsed.State.Threshold);
        Assert.Contains("'cubic'", Assert.Single(parsed.Problems), StringComparison.Ordinal);
    }

    private static ExplorerLinkParse ParseUrl(string url)
    {
        var start = url.IndexOf('?', StringComparison.Ordinal);
        var query = start < 0 ? string.Empty : url[start..];
        var parsed = QueryHelpers.ParseQuery(query);
        return ExplorerLink.Parse(parsed.ToDictionary(p => p.Key, p => (string?)p.Value[0], StringComparer.Ordinal));
    }
}
