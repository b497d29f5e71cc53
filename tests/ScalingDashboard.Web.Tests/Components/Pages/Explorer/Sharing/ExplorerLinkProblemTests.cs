using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Sharing;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer.Sharing;

public sealed class ExplorerLinkProblemTests
{
    [Theory]
    [InlineData("t", "abc", "is not a finite number")]
    [InlineData("t", "1,5", "is not a finite number")]
    [InlineData("t", "NaN", "is not a finite number")]
    [InlineData("tmin", "1e999", "is not a finite number")]
    [InlineData("tmin", "-Infinity", "is not a finite number")]
    [InlineData("margin", "-1", "must be between 0 and 0.5")]
    [InlineData("margin", "0.6", "must be between 0 and 0.5")]
    [InlineData("margin", "Infinity", "is not a finite number")]
    [InlineData("smin", "-5", "must be at least 0")]
    [InlineData("smax", "∞", "is not a finite number")]
    [InlineData("smax", "big", "is not a finite number")]
    [InlineData("y", "cubic", "is not one of accuracy, normalised, neglog")]
    [InlineData("weights", "some", "is not one of all, open, closed")]
    [InlineData("seed", "xyz", "is not a whole number")]
    [InlineData("seed", "1.5", "is not a whole number")]
    [InlineData("seed", "99999999999", "is not a whole number")]
    [InlineData("boot", "yes", "is not a whole number")]
    [InlineData("boot", "100001", "must be between 2 and 100000")]
    [InlineData("boot", "-3", "must be between 2 and 100000")]
    [InlineData("inv", "abc", "is not a finite number")]
    [InlineData("avg", "maybe", "is not 1 or 0")]
    [InlineData("active", "2", "is not 1 or 0")]
    [InlineData("forms", "bogus", "is not a known fit form (known: log-accuracy-power-law")]
    [InlineData("qr", "mmlu:2", "must be at least 0 and below 1")]
    [InlineData("qr", "mmlu:1", "must be at least 0 and below 1")]
    [InlineData("qr", "mmlu:-0.1", "must be at least 0 and below 1")]
    [InlineData("qr", "mmlu:abc", "is not a finite number")]
    [InlineData("qr", "mmlu", "is not written as benchmark:chance-level")]
    [InlineData("qr", "a:b:0.2", "is not written as benchmark:chance-level")]
    [InlineData("qr", ":0.2", "is not written as benchmark:chance-level")]
    [InlineData("bench", "a,,b", "contains an empty name")]
    [InlineData("fam", ",", "contains an empty name")]
    [InlineData("budget", "0", "must be between 1 and 1E+40")]
    [InlineData("budget", "1e41", "must be between 1 and 1E+40")]
    [InlineData("budget", "lots", "is not a finite number")]
    [InlineData("calcn", "-7e10", "must be between 1 and 1E+40")]
    [InlineData("calcd", "1e999", "is not a finite number")]
    public void Parse_BadParameter_KeepsDefaultAndNamesParameterAndValue(string key, string value, string reason)
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?> { [key] = value });

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains($"'{key}'", problem, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        if (key is not ("bench" or "fam"))
        {
            Assert.Equal(new ExplorerState(), parsed.Value);
        }
    }

    [Fact]
    public void Parse_ListWithEmptyItem_KeepsTheOtherNames()
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?> { ["bench"] = "a,,b" });

        Assert.Equal<string>(["a", "b"], parsed.Value.Analysis.Benchmarks);
    }

    [Fact]
    public void Parse_SomeUnknownForms_KeepsTheKnownOnesAndReportsEachUnknown()
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?> { ["forms"] = "bogus,log-log,Sigmoid" });

        Assert.Equal<string>(["log-log"], parsed.Value.Analysis.Forms);
        Assert.Equal(2, parsed.Problems.Count);
        Assert.Contains("'bogus'", parsed.Problems[0], StringComparison.Ordinal);
        Assert.Contains("'Sigmoid'", parsed.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneBadChanceLevel_KeepsTheOthers()
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?> { ["qr"] = "a:0.2,b:7,c%3Ad:0.5" });

        Assert.Equal(new AnalysisSpec().WithChanceLevel("a", 0.2).WithChanceLevel("c:d", 0.5).ChanceLevels, parsed.Value.Analysis.ChanceLevels);
        Assert.Contains("'b:7'", Assert.Single(parsed.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralBadParameters_AppliesTheGoodOnesAndReportsEachBadOne()
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?>
        {
            ["t"] = "abc", ["margin"] = "-1", ["y"] = "cubic", ["seed"] = "xyz", ["x"] = "FLOPs", ["smax"] = "7e10",
        });

        Assert.Equal(new ExplorerState { Analysis = new AnalysisSpec { X = "FLOPs", Filters = new RowFilters { SizeMax = 7e10 } } }, parsed.Value);
        Assert.Equal(4, parsed.Problems.Count);
    }

    [Fact]
    public void Parse_MarkupInValue_IsReportedVerbatim()
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?> { ["y"] = "<script>alert(1)</script>" });

        Assert.Contains("'<script>alert(1)</script>'", Assert.Single(parsed.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VeryLongValue_IsShortenedInTheProblem()
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?> { ["t"] = new string('9', 500) + "x" });

        var problem = Assert.Single(parsed.Problems);
        Assert.True(problem.Length < 200, problem);
        Assert.Contains("…", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlankOrNullValuesAndUnknownKeys_AreDefaultsWithoutProblems()
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?>
        {
            ["t"] = "", ["y"] = null, ["dataset"] = "", ["seed"] = "", ["utm_source"] = "mail", ["bench"] = "",
        });

        Assert.Empty(parsed.Problems);
        Assert.Equal(new ExplorerState(), parsed.Value);
    }

    [Fact]
    public void Parse_EmptyForms_MeansNoForms()
    {
        Assert.Empty(ExplorerLink.Parse(new Dictionary<string, string?> { ["forms"] = "" }).Value.Analysis.Forms);
    }

    [Fact]
    public void Parse_Null_IsTheDefaultView()
    {
        var parsed = ExplorerLink.Parse(null!);

        Assert.Equal(new ExplorerState(), parsed.Value);
        Assert.Empty(parsed.Problems);
        Assert.Equal(new ExplorerState(), ExplorerLink.FromQueryString(null!));
    }
}
