using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Tests.Analysis.Statistics;

public class StatisticsCodecTests
{
    [Fact]
    public void Format_DefaultView_IsEmpty()
    {
        Assert.Equal("", StatisticsCodec.Format(new StatisticsSpec()));
    }

    [Fact]
    public void Parse_FormattedView_RoundTripsEveryKey()
    {
        var spec = new StatisticsSpec
        {
            DatasetId = "example-x",
            Section = StatisticsSection.Clusters,
            Benchmarks = ["mmlu", "arc,challenge"],
            Grouping = new GroupingSpec { Column = "params_b", Edges = [0, 7, 70], Closure = BracketClosure.Right },
            Confidence = 0.99,
            Correlation = CorrelationMethod.Spearman,
            Model = new MixedModelSpec { Y = "hellaswag", X = "mmlu", LogY = false, LogX = false, Random = "architecture", By = "type" },
            Embedding = new EmbeddingSpec { Method = EmbeddingMethod.Tsne, Perplexity = 12.5, Seed = 7, ColourBy = "type" },
        };

        var parsed = StatisticsCodec.Parse(StatisticsCodec.Format(spec));

        Assert.Empty(parsed.Problems);
        Assert.Equal(spec, parsed.Value);
    }

    [Theory]
    [InlineData("edges=3,1", "edges")]
    [InlineData("edges=0,abc", "edges")]
    [InlineData("closed=middle", "closed")]
    [InlineData("conf=1.5", "conf")]
    [InlineData("perp=0", "perp")]
    [InlineData("view=nowhere", "view")]
    public void Parse_BadValue_KeepsDefaultWithOneProblem(string query, string key)
    {
        var parsed = StatisticsCodec.Parse(query);

        Assert.Equal(new StatisticsSpec(), parsed.Value);
        var problem = Assert.Single(parsed.Problems);
        Assert.Contains($"'{key}'", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0, 1.5, 3", new[] { 0, 1.5, 3 })]
    [InlineData("-1,1", new[] { -1.0, 1 })]
    public void ParseEdges_IncreasingNumbers_AreRead(string text, double[] expected)
    {
        var (edges, problem) = StatisticsCodec.ParseEdges(text);

        Assert.Null(problem);
        Assert.Equal(ValueList.From(expected), edges);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("1,1")]
    [InlineData("1,NaN")]
    [InlineData("")]
    public void ParseEdges_Unusable_SaysWhatToWrite(string text)
    {
        var (edges, problem) = StatisticsCodec.ParseEdges(text);

        Assert.Null(edges);
        Assert.Contains("e.g.", problem, StringComparison.Ordinal);
    }
}
