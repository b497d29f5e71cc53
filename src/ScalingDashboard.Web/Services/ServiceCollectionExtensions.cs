using Microsoft.AspNetCore.Components.Server.Circuits;
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
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DashboardOptions>>().Value;
            var directory = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
            return new DatasetStore(directory);
        });
        services.AddSingleton<ExampleDatasetSeeder>();
        services.AddSingleton<DatasetLoader>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MemoryTrimmer>();
        services.AddScoped<CircuitHandler, TrimOnCircuitClose>();
        services.AddSingleton<UploadRateLimit>();
        services.AddScoped<BrowserDatasetHistory>();
        services.AddScoped<UploadReader>();
        services.AddSingleton<AnalysisGate>();
        services.AddScoped(sp => new AnalysisService(sp.GetRequiredService<AnalysisGate>()));
        services.AddScoped<StatisticsService>();
        services.AddScoped<MatrixService>();
        services.AddScoped<DashboardInterop>();
        services.AddScoped<PresentationService>();
        return services;
    }
}
