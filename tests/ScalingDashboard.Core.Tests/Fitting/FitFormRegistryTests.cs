using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Tests.Fitting;

public class FitFormRegistryTests
{
    [Fact]
    public void TryGet_StableId_FindsTheForm()
    {
        Assert.True(FitFormRegistry.Default.TryGet("log-accuracy-power-law", out var form));
        Assert.IsType<LogAccuracyPowerLawForm>(form);
    }

    [Fact]
    public void Get_UnknownId_NamesTheKnownOnes()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => FitFormRegistry.Default.Get("nope"));
        Assert.Contains("log-accuracy-power-law", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_Default_AreUniqueAndUrlSafe()
    {
        var ids = FitFormRegistry.Default.Ids;
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9-]+$", id));
    }

    [Fact]
    public void Constructor_DuplicateIds_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => new FitFormRegistry([new LogAccuracyPowerLawForm(), new LogAccuracyPowerLawForm()]));
    }

    [Fact]
    public void Default_EveryRegisteredForm_HasNoiseFreeRecoveryTest()
    {
        // Forms outside FormRecoveryTests.Cases (not invertible, or two inputs) have their 1e-6 recovery test in
        // their own class; a new form must appear in one of the two places.
        string[] ownTests =
        [
            BnslForm.FormId, ParamsTokensForm.FormId, ParamsTokensCeilingForm.FormId, PassAtKForm.FormId,
            TwoStageLinearForm.FormId, TwoStageLogisticForm.FormId, LossParamsTokensForm.FormId,
        ];
        var covered = FormRecoveryTests.Cases.Select(c => (string)c[0]).Concat(ownTests).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(FitFormRegistry.Default.Ids.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }
}
