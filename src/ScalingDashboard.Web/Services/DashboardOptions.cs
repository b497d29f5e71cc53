namespace ScalingDashboard.Web.Services;

/// <summary>Settings from the "Dashboard" configuration section (appsettings.json, environment, command line).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>Folder holding the SQLite store; relative paths are resolved against the app's content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Largest upload accepted, in megabytes.</summary>
    public double MaxUploadMegabytes { get; set; } = 20;

    /// <summary>Folder holding the example CSV files offered on first start; relative to the app's base directory.</summary>
    public string ExamplesDirectory { get; set; } = "data";

    public long MaxUploadBytes => (long)(MaxUploadMegabytes * 1024 * 1024);
}
