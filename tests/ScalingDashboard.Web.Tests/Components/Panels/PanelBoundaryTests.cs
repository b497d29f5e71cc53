using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using ScalingDashboard.Web.Components.Panels;

namespace ScalingDashboard.Web.Tests.Components.Panels;

/// <summary>A panel that throws shows one plain line in its place; its neighbours render and keep working.</summary>
public sealed class PanelBoundaryTests : DashboardTestContext
{
    [Fact]
    public void Render_ChildThrows_ShowsOneLineAndSiblingStillRenders()
    {
        var page = Render(TwoPanels);

        var error = page.Find("[data-testid=panel-error]");
        Assert.Equal("This panel could not be drawn: axis range\\nbroken. The other panels are unaffected.", error.TextContent.Trim());
        Assert.Single(page.FindAll("[data-testid=panel-error]"));
        Assert.Equal("fine 0", page.Find("[data-testid=working-panel]").TextContent);
    }

    [Fact]
    public void Render_SiblingOfFailedPanel_StaysInteractive()
    {
        var page = Render(TwoPanels);

        page.Find("[data-testid=working-panel]").Click();
        page.Find("[data-testid=working-panel]").Click();

        Assert.Equal("fine 2", page.Find("[data-testid=working-panel]").TextContent);
    }

    [Fact]
    public void Message_EmptyExceptionMessage_NamesTheExceptionType() =>
        Assert.Equal("This panel could not be drawn: InvalidOperationException. The other panels are unaffected.",
            PanelBoundary.Message(new InvalidOperationException(" ")));

    /// <summary>A failing panel beside a working one, each in its own boundary, as on the Explorer page.</summary>
    private static void TwoPanels(RenderTreeBuilder builder)
    {
        builder.OpenComponent<PanelBoundary>(0);
        builder.AddAttribute(1, nameof(PanelBoundary.ChildContent), (RenderFragment)(inner =>
        {
            inner.OpenComponent<ThrowingPanel>(0);
            inner.CloseComponent();
        }));
        builder.CloseComponent();
        builder.OpenComponent<PanelBoundary>(2);
        builder.AddAttribute(3, nameof(PanelBoundary.ChildContent), (RenderFragment)(inner =>
        {
            inner.OpenComponent<WorkingPanel>(0);
            inner.CloseComponent();
        }));
        builder.CloseComponent();
    }

    private sealed class ThrowingPanel : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder) => throw new InvalidOperationException("axis range\nbroken.");
    }

    private sealed class WorkingPanel : ComponentBase
    {
        private int _clicks;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "data-testid", "working-panel");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create(this, () => _clicks++));
            builder.AddContent(3, $"fine {_clicks}");
            builder.CloseElement();
        }
    }
}
