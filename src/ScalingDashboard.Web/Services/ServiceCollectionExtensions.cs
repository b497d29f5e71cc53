using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace ScalingDashboard.Web.Services;

/// <summary>The one place the dashboard's services are registered.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddScalingDashboard(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddMudServices();
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.SectionName));
        // Chosen when first asked for (the app asks at startup, seeding the examples), from the settings as finally
        // configured: a test host's overrides arrive after this method has run.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DashboardOptions>>().Value;
            var openStore = DatasetStoreSelection.Choose(
                options.Store,
                sp.GetRequiredService<IConfiguration>().GetConnectionString("Dashboard"),
                Path.GetFullPath(options.DataDirectory, environment.ContentRootPath));
            return openStore();
        });
        services.AddSingleton<IDatasetStore>(sp => sp.GetRequiredService<SqlDatasetStore>());
        services.AddDashboardDataProtection();
        services.AddSingleton<ExampleDatasetSeeder>();
        services.AddSingleton<DatasetLoader>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MemoryTrimmer>();
        services.AddScoped<CircuitHandler, TrimOnCircuitClose>();
        services.AddSingleton<UploadRateLimit>();
        services.AddSingleton<UploadQuota>();
        services.AddHostedService<UploadExpiry>();
        services.AddScoped<BrowserDatasetHistory>();
        services.AddScoped<UploadReader>();
        services.AddSingleton(sp =>
        {
            var gate = new AnalysisGate();
            gate.Idle += sp.GetRequiredService<MemoryTrimmer>().RequestAfterHeavyWork;
            return gate;
        });
        services.AddScoped(sp => new AnalysisService(sp.GetRequiredService<AnalysisGate>()));
        services.AddScoped<StatisticsService>();
        services.AddScoped<MatrixService>();
        services.AddScoped<DashboardInterop>();
        services.AddScoped<PresentationService>();
        return services;
    }

    /// <summary>
    /// Data protection with its keys in the dataset store and a fixed application name: instances sharing a store
    /// (and so the same keys) then read each other's protected payloads, whatever folder each runs from.
    /// </summary>
    public static IServiceCollection AddDashboardDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<SqlDatasetStore>((options, store) => options.XmlRepository = new StoreXmlRepository(store));
        return services;
    }

    /// <summary>The name data protection isolates payloads by; the same on every instance.</summary>
    public const string DataProtectionApplicationName = "ScalingDashboard";
}
