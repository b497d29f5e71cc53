using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;
using ScalingDashboard.Web.Components.Plots;
using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests;

/// <summary>
/// A bUnit context with the dashboard's services over a throw-away store, JS interop faked loosely (MudBlazor and
/// localStorage calls return defaults), and the Plotly component stubbed: page tests check markup, not drawing.
/// Disposed asynchronously because MudBlazor's services require it.
/// </summary>
public abstract class DashboardTestContext : BunitContext, IAsyncLifetime
{
    protected DashboardTestContext()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-bunit-" + Guid.NewGuid().ToString("N"));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Store = new SqliteDatasetStore(DataDirectory);
        Services.AddSingleton<IDatasetStore>(Store);
        Services.AddSingleton(Options.Create(new DashboardOptions { MaxUploadMegabytes = 1 }));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<MemoryTrimmer>();
        Services.AddSingleton<DatasetLoader>();
        Services.AddSingleton<UploadRateLimit>();
        Services.AddSingleton<UploadQuota>();
        Services.AddScoped<UploadReader>();
        Services.AddScoped<BrowserDatasetHistory>();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        ComponentFactories.AddStub<ScalingPlot>();
    }

    /// <summary>The services an analysis page runs on (gate, its service, interop), for page tests.</summary>
    protected void AddAnalysisServices()
    {
        Services.AddSingleton<AnalysisGate>();
        Services.AddScoped<StatisticsService>();
        Services.AddScoped<MatrixService>();
        Services.AddScoped<DashboardInterop>();
    }

    /// <summary>Navigates to the url and renders the page under MudBlazor's popover provider, as the layout does.</summary>
    protected IRenderedComponent<IComponent> RenderPage<TPage>(string url)
        where TPage : IComponent
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<TPage>(1);
            builder.CloseComponent();
        });
    }

    protected string DataDirectory { get; }

    protected SqliteDatasetStore Store { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The pooled SQLite connection may still hold the file; the OS cleans the temp folder.
        }
    }
}
