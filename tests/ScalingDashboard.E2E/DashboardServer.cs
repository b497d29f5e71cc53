using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ScalingDashboard.E2E;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 with a free port and a throw-away data directory, so tests drive it through a
/// real browser exactly as a person would. Extra settings (e.g. a PostgreSQL store) may be given.
/// </summary>
public sealed class DashboardServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public DashboardServer()
        : this(new Dictionary<string, string>())
    {
    }

    /// <param name="settings">Configuration keys and values, e.g. <c>Dashboard:Store</c> = <c>postgres</c>.</param>
    public DashboardServer(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        DataDirectory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-e2e-" + Guid.NewGuid().ToString("N"));
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/');
    }

    public string DataDirectory { get; }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Dashboard:DataDirectory", DataDirectory);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS eventually.
        }
    }
}
