using MudBlazor.Extensions;
using MudBlazor;
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
