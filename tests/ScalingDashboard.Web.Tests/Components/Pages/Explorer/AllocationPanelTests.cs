using MudBlazor;
using MudBlazor.Extensions;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Tests.Components.Pages.Explorer.Plots;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer;

public sealed class AllocationPanelTests : DashboardTestContext
{
    private IRenderedComponent<AllocationPanel> RenderPanel(ExplorerState state, List<ExplorerState> changes) =>
        Render<AllocationPanel>(p => p
            .Add(c => c.Benchmark, "loss <b>")
            .Add(c => c.Law, LossLaw.Hoffmann2022)
            .Add(c => c.Runs, AllocationPlotsTests.NoiseFreeRuns())
            .Add(c => c.State, state)
            .Add(c => c.StateChanged, (ExplorerState s) => changes.Add(s)));

    [Fact]
    public void Budget_ShowsTheOptimalSplit()
    {
        // Hoffmann et al.'s law at 1e24 FLOPs: N 4.13e10, D 4.04e12 (97.7 tokens per parameter), loss 1.911.
        var panel = RenderPanel(new ExplorerState { Budget = 1e24 }, []);

        Assert.Equal(["N 41.3B parameters", "D 4.04T tokens (97.7 tokens per parameter)", "predicted loss 1.91"],
            panel.FindAll("[data-testid=budget-answer] div").Select(d => d.TextContent));
        // The benchmark's name is text, not markup.
        Assert.Contains("loss <b>", panel.Find("[data-testid=allocation-title]").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-testid=allocation-title] b"));
    }

    [Fact]
    public void ParametersAndTokens_ShowTheLossAndHowFarFromTheOptimumTheSplitIs()
    {
        // 70B on 1.4T: C = 5.88e23, loss 1.9366; the optimum of that budget (32.5B, 3.02T) reaches 1.9300.
        var panel = RenderPanel(new ExplorerState { CalculatorParameters = 7e10, CalculatorTokens = 1.4e12 }, []);

        var answer = panel.Find("[data-testid=point-answer]").TextContent;
        Assert.Contains("predicted loss 1.94 at C = 6ND = 5.88e23 FLOPs", answer, StringComparison.Ordinal);
        Assert.Contains("N 32.5B parameters, D 3.02T tokens, loss 1.93", answer, StringComparison.Ordinal);
        Assert.Contains("this split is 0.00666 above the optimum", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedBudget_GoesIntoTheState_GarbageStaysInTheBoxWithAMessage()
    {
        var changes = new List<ExplorerState>();
        var panel = RenderPanel(new ExplorerState { Budget = 1e24 }, changes);
        IRenderedComponent<MudTextField<string>> Box() =>
            panel.FindComponents<MudTextField<string>>().First(f => f.Instance.Label!.StartsWith("Compute budget", StringComparison.Ordinal));

        panel.InvokeAsync(() => Box().Instance.ValueChanged.InvokeAsync("6e25"));
        Assert.Equal(6e25, Assert.Single(changes).Budget);

        panel.InvokeAsync(() => Box().Instance.ValueChanged.InvokeAsync("0"));
        Assert.Single(changes);
        Assert.True(Box().Instance.GetState(x => x.Error));
        Assert.Equal("'0' is not a number from 1 to 1e40; the value in force is unchanged.", Box().Instance.GetState(x => x.ErrorText));

        panel.InvokeAsync(() => Box().Instance.ValueChanged.InvokeAsync(""));
        Assert.Null(changes[^1].Budget);
    }
}
