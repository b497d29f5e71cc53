using ScalingDashboard.Core.Analysis.Matrix;

namespace ScalingDashboard.Core.Tests.Analysis.Matrix;

public class MatrixCodecTests
{
    [Fact]
    public void Format_Defaults_IsEmpty() => Assert.Equal("", MatrixCodec.Format(new MatrixSpec()));

    [Fact]
    public void Parse_FormattedSpec_RoundTripsEveryField()
    {
        var spec = new MatrixSpec
        {
            DatasetId = "cpp", Form = MatrixForm.Long, ModelColumn = "name", Tasks = ["MMLU (5-shot)", "a,b:c%"], TaskColumn = "bench",
            ScoreColumn = "acc", Method = MatrixMethod.NcfFactors, Latent = 8, L2 = 0.003, LearningRate = 0.005, Epochs = 150,
            Holdout = 0.1, Seeds = 3, Seed = -4, Perspective = MatrixPerspective.Cpp2, Selected = "LLama-2-7B",
            ModelFactors = ["family", "Parameter Size(M)"], TaskFactors = ["ability", "few-shot"], TaskFactorDatasetId = "tasks-id",
        };

        var query = MatrixCodec.Format(spec);
        var parsed = MatrixCodec.Parse(query);

        Assert.Empty(parsed.Problems);
        Assert.Equal(spec, parsed.Value);
        Assert.StartsWith("dataset=cpp&form=long&model=name&tasks=", query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latent=0", "'latent' value '0': it must be between 1 and 64")]
    [InlineData("latent=2.5", "'latent' value '2.5': it is not a whole number")]
    [InlineData("method=svd", "'method' value 'svd': it is not one of mf, ncf, ncf-factors, factors")]
    [InlineData("lr=0", "'lr' value '0': it must be above 0")]
    [InlineData("holdout=0.9", "'holdout' value '0.9': it must be between 0.01 and 0.5")]
    [InlineData("seeds=50", "'seeds' value '50': it must be between 1 and 20")]
    [InlineData("l2=-1", "'l2' value '-1': it must be between 0 and 1")]
    [InlineData("persp=cpp1", "'persp' value 'cpp1': it is not one of none, cpp0, cpp2, t0, t2")]
    [InlineData("epochs=lots", "'epochs' value 'lots': it is not a whole number")]
    public void Parse_BadValue_KeepsTheDefaultAndSaysWhy(string query, string expected)
    {
        var parsed = MatrixCodec.Parse(query + "&seeds=3&method=ncf&unknown=1");

        Assert.Equal("Ignored the link's " + expected + ".", Assert.Single(parsed.Problems));
        var defaults = new MatrixSpec();
        var value = parsed.Value;
        // The bad key kept its default; the good keys around it were still read.
        Assert.Equal(query.StartsWith("seeds", StringComparison.Ordinal) ? defaults.Seeds : 3, value.Seeds);
        Assert.Equal(query.StartsWith("method", StringComparison.Ordinal) ? MatrixMethod.Mf : MatrixMethod.Ncf, value.Method);
        Assert.Equal(defaults with { Seeds = value.Seeds, Method = value.Method }, value);
    }

    [Fact]
    public void Spec_OutOfRangeValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatrixSpec { Holdout = 0 });
}
