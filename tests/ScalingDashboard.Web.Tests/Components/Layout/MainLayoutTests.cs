using Microsoft.Extensions.DependencyInjection;
using ScalingDashboard.Web.Components.Layout;
using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Components.Layout;

public sealed class MainLayoutTests : DashboardTestContext
{
    private const string ThemeKey = "scaling-dashboard.theme";

    public MainLayoutTests()
    {
        Services.AddScoped<DashboardInterop>();
        Services.AddScoped<PresentationService>();
    }

    [Fact]
    public void Theme_RememberedAsDark_OpensDark()
    {
        var module = JSInterop.SetupModule("./js/dashboard.js");
        module.Mode = JSRuntimeMode.Loose;
        module.Setup<string?>("getItem", ThemeKey).SetResult("dark");

        var layout = Render<MainLayout>();

        layout.WaitForAssertion(() => Assert.Equal("dark", layout.Find("[data-testid=toggle-theme]").GetAttribute("data-theme")));
    }

    [Fact]
    public void Theme_NothingRemembered_OpensLight()
    {
        var module = JSInterop.SetupModule("./js/dashboard.js");
        module.Mode = JSRuntimeMode.Loose;

        var layout = Render<MainLayout>();

        Assert.Equal("light", layout.Find("[data-testid=toggle-theme]").GetAttribute("data-theme"));
    }

    [Fact]
    public void Theme_Toggled_IsStoredInLocalStorage()
    {
        var module = JSInterop.SetupModule("./js/dashboard.js");
        module.Mode = JSRuntimeMode.Loose;
        module.Setup<string?>("getItem", ThemeKey).SetResult(null);

        var layout = Render<MainLayout>();
        layout.Find("[data-testid=toggle-theme]").Click();
        layout.Find("[data-testid=toggle-theme]").Click();

        Assert.Equal("light", layout.Find("[data-testid=toggle-theme]").GetAttribute("data-theme"));
        var stored = module.Invocations.Where(i => i.Identifier == "setItem").Select(i => (string?)i.Arguments[1]).ToList();
        Assert.Equal(["dark", "light"], stored);
        Assert.All(module.Invocations.Where(i => i.Identifier == "setItem"), i => Assert.Equal(ThemeKey, i.Arguments[0]));
    }
}
