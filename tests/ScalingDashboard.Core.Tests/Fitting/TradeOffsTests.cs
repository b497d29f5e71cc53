using MathNet.Numerics.LinearAlgebra;
using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Tests.Fitting;

public class TradeOffsTests
{
    [Fact]
    public void OfInformation_CorrelatedPair_NamesItWithTheCorrelation()
    {
        // Information [[1, 0.999], [0.999, 1]]: its inverse has correlation -0.999.
        var information = Matrix<double>.Build.DenseOfArray(new[,] { { 1, 0.999 }, { 0.999, 1 } });

        var warning = Assert.Single(TradeOffs.OfInformation(["alpha", "E"], information));

        Assert.Equal("alpha and E trade off (correlation -0.999): the data do not pin them separately", warning);
    }

    [Fact]
    public void OfInformation_OverflowingDiagonal_SaysNothingRatherThanThrowing()
    {
        // A Jacobian column near 1e160 squares past the largest double once scaled; MathNet's eigensolver then fails.
        var information = Matrix<double>.Build.DenseOfArray(new[,] { { 1e308, 1e300 }, { 1e300, 1e308 } }) * 10;

        Assert.Empty(TradeOffs.OfInformation(["a", "b"], information));
    }
}
