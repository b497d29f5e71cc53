using ScalingDashboard.Web.Components;
using ScalingDashboard.Web.Services;

var builder = WebApplication.CreateBuilder(args);

// Analyses run on threads of their own, but their parallel loops (one worker per core each, Core.Concurrency) borrow
// pool threads for seconds at a time; the circuits' messages and timers need pool threads too. With the pool's
// minimum at the core count, a busy 2-core server added threads only slowly and pages stalled. Start higher.
ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
ThreadPool.SetMinThreads(Math.Max(minWorkers, 4 * Environment.ProcessorCount), minIo);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddScalingDashboard(builder.Configuration, builder.Environment);
// SIGTERM must stop the server within 5 s: open circuits are not waited for, and every analysis is cancelled below.
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(3));

var app = builder.Build();

// The store is opened first (antiforgery below already needs it: data-protection keys live there). One that cannot be
// used as configured (DatasetStoreSelection, PostgresDatasetStore) stops the app with a sentence naming the setting.
try
{
    app.Services.GetRequiredService<IDatasetStore>();
}
catch (StoreStartupException e)
{
    Console.Error.WriteLine($"ScalingDashboard cannot start: {e.Message}");
    return 1;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Services.GetRequiredService<ExampleDatasetSeeder>().SeedExamples();
var gate = app.Services.GetRequiredService<AnalysisGate>();
app.Lifetime.ApplicationStopping.Register(gate.StopAll);

app.Run();
return 0;

/// <summary>Exposed so the end-to-end tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
