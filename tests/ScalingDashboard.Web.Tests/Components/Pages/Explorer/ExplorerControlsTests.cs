using MudBlazor;
using MudBlazor.Extensions;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Web.Components.Pages.Explorer;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer;

public sealed class ExplorerControlsTests : DashboardTestContext
{
    private static readonly Leaderboard Table = AnalysisTable.Prepare(LadderTable.Build());

    private IRenderedComponent<ExplorerControls> RenderControls(ExplorerState state, List<ExplorerState> changes) =>
        Render<ExplorerControls>(p => p
            .Add(c => c.State, state)
            .Add(c => c.View, AnalysisResolver.Resolve(Table, state.Analysis))
            .Add(c => c.Table, Table)
            .Add(c => c.StateChanged, (ExplorerState s) => changes.Add(s)));

    [Fact]
    public void TypedThreshold_WithExponent_IsParsed()
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(State(new HoldoutRule { Threshold = 1e20 }), changes);

        var field = controls.FindComponents<MudTextField<string>>().First(f => f.Instance.Label!.StartsWith("Threshold", StringComparison.Ordinal));
        controls.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync("6e21"));

        Assert.Equal(6e21, Assert.Single(changes).Analysis.Holdout.Threshold);
    }

    [Fact]
    public void TypedThreshold_Garbage_ChangesNothing()
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(State(new HoldoutRule { Threshold = 1e20 }), changes);

        var field = controls.FindComponents<MudTextField<string>>().First(f => f.Instance.Label!.StartsWith("Threshold", StringComparison.Ordinal));
        controls.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync("lots"));

        Assert.Empty(changes);
        // The box says the text was refused and which threshold is in force, instead of leaving "lots" unexplained.
        field = controls.FindComponents<MudTextField<string>>().First(f => f.Instance.Label!.StartsWith("Threshold", StringComparison.Ordinal));
        Assert.True(field.Instance.GetState(x => x.Error));
        Assert.Equal("'lots' is not a positive number; the threshold stays 1e+20.", field.Instance.GetState(x => x.ErrorText));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("NaN")]
    public void TypedThreshold_NotAFinitePositiveNumber_ChangesNothing(string text)
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(State(new HoldoutRule { Threshold = 1e20 }), changes);

        var field = controls.FindComponents<MudTextField<string>>().First(f => f.Instance.Label!.StartsWith("Threshold", StringComparison.Ordinal));
        controls.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(text));

        Assert.Empty(changes);
    }

    [Fact]
    public void TypedTrainMin_GarbageThenBlank_RefusesThenClears()
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(State(new HoldoutRule { TrainMin = 1e19 }), changes);
        IRenderedComponent<MudTextField<string>> Field() =>
            controls.FindComponents<MudTextField<string>>().First(f => f.Instance.Label!.StartsWith("Fit only above", StringComparison.Ordinal));

        controls.InvokeAsync(() => Field().Instance.ValueChanged.InvokeAsync("abc"));
        Assert.Empty(changes);
        Assert.Equal("'abc' is not a positive number; 1e+19 stays.", Field().Instance.GetState(x => x.ErrorText));

        controls.InvokeAsync(() => Field().Instance.ValueChanged.InvokeAsync(" "));
        Assert.Null(Assert.Single(changes).Analysis.Holdout.TrainMin);
        Assert.False(Field().Instance.GetState(x => x.Error));
    }

    [Fact]
    public void BenchmarkSelect_LastOneCleared_KeepsItAndSaysSo()
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(new ExplorerState(), changes);
        IRenderedComponent<MudSelect<string>> Select() =>
            controls.FindComponents<MudSelect<string>>().First(s => s.Instance.Label == "Benchmarks");

        controls.InvokeAsync(() => Select().Instance.SelectedValuesChanged.InvokeAsync([]));

        Assert.Empty(changes);
        Assert.Equal("Choose at least one benchmark; mmlu stays.", Select().Instance.GetState(x => x.ErrorText));
        Assert.Equal(["mmlu"], Select().Instance.GetState(x => x.SelectedValues)!);
    }

    [Theory]
    [InlineData("pass-at-k", "two-stage-linear", null)]
    [InlineData("params-tokens", "pass-at-k", null)]
    [InlineData("params-tokens", "params-tokens-ceiling", "params")]
    public void FormSelect_SecondInputChangesMeaning_DropsTheSecondX(string from, string to, string? expectedX2)
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(new ExplorerState { Analysis = new AnalysisSpec { Forms = [from], X2 = "params" } }, changes);

        var select = controls.FindComponents<MudSelect<string>>().First(s => s.Instance.Label == "Fit forms");
        controls.InvokeAsync(() => select.Instance.SelectedValuesChanged.InvokeAsync([to]));

        var analysis = Assert.Single(changes).Analysis;
        Assert.Equal([to], analysis.Forms);
        Assert.Equal(expectedX2, analysis.X2);
    }

    [Fact]
    public void RoundSignificant_EverySliderStepOfADecade_GivesADifferentThreshold()
    {
        // Steps of 1/20 decade, rounded to two significant figures as the slider does: 20 distinct thresholds.
        var thresholds = Enumerable.Range(0, 20).Select(k => ExplorerControls.RoundSignificant(Math.Pow(10, 21 + k * 0.05))).ToList();

        Assert.Equal(20, thresholds.Distinct().Count());
        Assert.Equal(1.1e21, thresholds[1], 1e6);
        Assert.Equal(8.9e21, thresholds[19], 1e6);
    }

    [Fact]
    public void Slider_Moved_WorksInLog10UnitsAndRoundsToTwoSignificantDigits()
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(State(new HoldoutRule { Threshold = 1e20 }), changes);

        var slider = controls.FindComponent<MudSlider<double>>();
        Assert.Equal("20", controls.Find("input[type=range]").GetAttribute("value"));
        controls.InvokeAsync(() => slider.Instance.ValueChanged.InvokeAsync(21.5));

        // 10^21.5 = 3.162e21, shown and linked as 3.2e21.
        Assert.Equal(3.2e21, Assert.Single(changes).Analysis.Holdout.Threshold!.Value, 1e9);
    }

    [Fact]
    public void ThresholdSwitch_On_ProposesAThresholdHoldingOutTheLargestRuns()
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(new ExplorerState(), changes);

        Assert.Empty(controls.FindComponents<MudSlider<double>>());
        var toggle = controls.FindComponents<MudSwitch<bool>>().First(s => s.Instance.Label == "Validate on runs above a threshold");
        controls.InvokeAsync(() => toggle.Instance.ValueChanged.InvokeAsync(true));

        // 20 runs with flops, the 80th percentile is run 16 at 1e18 * 10^3.2 = 1.58e21, rounded to 1.6e21.
        Assert.Equal(1.6e21, Assert.Single(changes).Analysis.Holdout.Threshold!.Value, 1e9);
    }

    [Fact]
    public void XSelect_Changed_ClearsThresholdsThatBelongedToTheOldAxis()
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(State(new HoldoutRule { Threshold = 1e21, TrainMin = 1e19 }), changes);

        var xSelect = controls.FindComponents<MudSelect<string>>().First(s => s.Instance.Label == "x axis");
        controls.InvokeAsync(() => xSelect.Instance.ValueChanged.InvokeAsync("params"));

        var next = Assert.Single(changes);
        Assert.Equal("params", next.Analysis.X);
        Assert.Null(next.Analysis.Holdout.Threshold);
        Assert.Null(next.Analysis.Holdout.TrainMin);
    }

    [Fact]
    public void LossFormsOnly_HideChanceLevelMarginAndAccuracyScales()
    {
        var changes = new List<ExplorerState>();
        var loss = RenderControls(new ExplorerState { Analysis = new AnalysisSpec { Forms = ["loss-params-tokens", "log-log"] } }, changes);
        var score = RenderControls(new ExplorerState { Analysis = new AnalysisSpec { Forms = ["loss-params-tokens", "sigmoid"] } }, changes);

        Assert.Contains("y is a loss", loss.Find("[data-testid=loss-note]").TextContent, StringComparison.Ordinal);
        Assert.Empty(loss.FindAll("[data-testid=y-scale]"));
        Assert.Empty(loss.FindAll("[data-testid=margin]"));
        // One score form among them: the score's controls stay.
        Assert.Empty(score.FindAll("[data-testid=loss-note]"));
        Assert.NotEmpty(score.FindAll("[data-testid=margin]"));
    }

    private static ExplorerState State(HoldoutRule holdout) => new() { Analysis = new AnalysisSpec { Holdout = holdout } };

    private static IRenderedComponent<MudTextField<string>> WhereField(IRenderedComponent<ExplorerControls> controls) =>
        controls.FindComponents<MudTextField<string>>().First(f => f.Instance.Label!.Contains("validate where", StringComparison.Ordinal));

    [Fact]
    public void TypedCondition_TrimmedOrBlank_BecomesTheHoldoutOrClearsIt()
    {
        var changes = new List<ExplorerState>();
        var controls = RenderControls(State(new HoldoutRule { Threshold = 1e20, Condition = "flops > 1e21" }), changes);

        controls.InvokeAsync(() => WhereField(controls).Instance.ValueChanged.InvokeAsync("  flops > 6e21 or family = odd "));
        controls.InvokeAsync(() => WhereField(controls).Instance.ValueChanged.InvokeAsync("   "));

        Assert.Equal("flops > 6e21 or family = odd", changes[0].Analysis.Holdout.Condition);
        Assert.Null(changes[1].Analysis.Holdout.Condition);
    }

    [Fact]
    public void Condition_Valid_HidesTheThresholdControlsAndSaysSo()
    {
        var controls = RenderControls(State(new HoldoutRule { Threshold = 1e20, Condition = "family = odd" }), []);

        Assert.Empty(controls.FindAll("input[type=range]"));
        Assert.Empty(controls.FindAll("[data-testid=threshold-switch]"));
        Assert.Contains("Validating where family = odd; the threshold is off.", controls.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Condition_Broken_KeepsTheThresholdControls()
    {
        var controls = RenderControls(State(new HoldoutRule { Threshold = 1e20, Condition = "flops >" }), []);

        Assert.Single(controls.FindAll("input[type=range]"));
    }

    [Fact]
    public void ChanceLevelField_Default_ShowsWhereTheValueComesFrom()
    {
        var controls = RenderControls(new ExplorerState(), []);

        var field = controls.FindComponents<MudNumericField<double>>().Single(f => f.Instance.Label == "Qrandom for mmlu");
        Assert.Equal(0.25, field.Instance.GetState(x => x.Value));
        Assert.Equal("1/4: 4 answer choices", field.Instance.HelperText);
    }
}
