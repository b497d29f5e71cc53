using ScalingDashboard.Core.Analysis;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>The analysis record's own rules: values checked where they are set, and one spelling per analysis so a
/// link written from it reads back equal.</summary>
public sealed class AnalysisSpecTests
{
    [Fact]
    public void Forms_Repeated_AreKeptOnceInFirstOrder()
    {
        var spec = new AnalysisSpec { Forms = ["sigmoid", "log-linear", "sigmoid"] };

        Assert.Equal(["sigmoid", "log-linear"], spec.Forms);
        Assert.Equal(new AnalysisSpec { Forms = ["sigmoid", "log-linear"] }, spec);
    }

    [Fact]
    public void Benchmarks_Repeated_AreKeptOnceInFirstOrder()
    {
        var spec = new AnalysisSpec { Benchmarks = ["mmlu", "arc", "mmlu", "arc"] };

        Assert.Equal(["mmlu", "arc"], spec.Benchmarks);
    }

    [Fact]
    public void Link_RepeatedForms_RoundTripsToTheSameAnalysis()
    {
        var spec = new AnalysisSpec { Forms = ["sigmoid", "sigmoid", "log-linear"] };

        var read = AnalysisCodec.Parse(AnalysisCodec.Format(spec));

        Assert.Empty(read.Problems);
        Assert.Equal(spec, read.Value);
        Assert.Equal("forms=sigmoid%2Clog-linear", AnalysisCodec.Format(spec));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(100_000, true)]
    [InlineData(1, false)]
    [InlineData(-1, false)]
    [InlineData(100_001, false)]
    public void BootstrapResamples_OffOrTwoToMax_OthersRefused(int resamples, bool accepted)
    {
        var set = () => new BootstrapSettings { Resamples = resamples };

        if (accepted)
        {
            Assert.Equal(resamples, set().Resamples);
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(set);
        }
    }

    [Fact]
    public void Link_TwoResamples_RoundTripsAsTwoNotAsTheSwitch()
    {
        // boot=1 is the on-switch (200 resamples); the smallest count a link can carry is 2.
        var spec = new AnalysisSpec { Bootstrap = new BootstrapSettings { Resamples = 2, Seed = 5 } };

        var read = AnalysisCodec.Parse(AnalysisCodec.Format(spec));

        Assert.Equal(spec, read.Value);
        Assert.Equal(BootstrapSettings.DefaultResamples, AnalysisCodec.Parse("boot=1").Value.Bootstrap.Resamples);
    }

    [Fact]
    public void Margin_OutsideZeroToHalf_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisSpec { Margin = 0.6 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisSpec { Margin = -0.01 });
        Assert.Equal(0.5, new AnalysisSpec { Margin = 0.5 }.Margin);
    }
}
