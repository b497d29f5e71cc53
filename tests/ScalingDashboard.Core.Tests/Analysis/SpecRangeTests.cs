using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Analysis.Matrix;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>The one range check behind every bounded number of an analysis record, and the refusal records throw.</summary>
public sealed class SpecRangeTests
{
    [Theory]
    [InlineData(0.01, true)]
    [InlineData(0.5, true)]
    [InlineData(0.009, false)]
    [InlineData(0.51, false)]
    [InlineData(double.NaN, false)]
    public void Contains_HoldsBothEnds_AndNotNaN(double value, bool expected) =>
        Assert.Equal(expected, new SpecRange<double>(0.01, 0.5).Contains(value));

    [Fact]
    public void Check_Outside_ThrowsNamingThePropertyAndTheBounds()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new SpecRange<double>(0.01, 0.5).Check(0.6, "Holdout"));

        Assert.Equal("Holdout", refused.ParamName);
        Assert.Equal(0.6, refused.ActualValue);
        Assert.StartsWith("Between 0.01 and 0.5.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Inside_ReturnsTheValue() => Assert.Equal(64, new SpecRange<int>(1, 64).Check(64, "Latent"));

    [Fact]
    public void Constructor_ReversedBounds_Throws() => Assert.Throws<ArgumentException>(() => new SpecRange<int>(5, 1));

    [Fact]
    public void MatrixSpec_LearningRate_RefusesZeroThoughTheRangeStartsThere()
    {
        Assert.Equal(0, MatrixSpec.LearningRateRange.Min);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatrixSpec { LearningRate = 0 });
        Assert.Equal(1, new MatrixSpec { LearningRate = 1 }.LearningRate);
    }
}
