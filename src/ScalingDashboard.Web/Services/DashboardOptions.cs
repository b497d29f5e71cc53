using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>Settings from the "Dashboard" configuration section (appsettings.json, environment, command line).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>
    /// Where datasets and data-protection keys are kept: "sqlite" (a file in <see cref="DataDirectory"/>, one instance)
    /// or "postgres" (the database named by <c>ConnectionStrings:Dashboard</c>, shared by several instances).
    /// </summary>
    public string Store { get; set; } = DatasetStoreSelection.Sqlite;

    /// <summary>Folder holding the SQLite store; relative paths are resolved against the app's content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Largest upload accepted, in megabytes.</summary>
    public double MaxUploadMegabytes { get; set; } = 20;

    /// <summary>Folder holding the example CSV files offered on first start; relative to the app's base directory.</summary>
    public string ExamplesDirectory { get; set; } = "data";

    /// <summary>
    /// Datasets kept read in memory, shared by every page and browser; the least recently used beyond this is evicted
    /// and read again from the store when next opened.
    /// </summary>
    public int DatasetsInMemory { get; set; } = 8;

    /// <summary>
    /// The most source text, in megabytes, the datasets kept in memory may add up to: a read table costs several times
    /// its file (about 170 MB live for a 20 MB upload), so this bounds the cache's memory as well as its count.
    /// </summary>
    public double DatasetCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// The most cells (rows times columns) a dataset may have: a table read is held in memory while pages show it (about
    /// 10-20 bytes a cell once read, more while it is being read), so this bounds the memory of each loaded dataset.
    /// </summary>
    public int MaxCellsPerDataset { get; set; } = 5_000_000;

    /// <summary>Uploads one browser may start in a minute (0: no limit).</summary>
    public int UploadsPerMinutePerBrowser { get; set; } = 10;

    /// <summary>Uploads this instance takes in a minute from all browsers together (0: no limit).</summary>
    public int UploadsPerMinutePerServer { get; set; } = 120;

    /// <summary>Megabytes of uploads the store keeps for one browser (0: no limit).</summary>
    public double UploadMegabytesPerBrowser { get; set; } = 200;

    /// <summary>Megabytes of uploads the store keeps in all (0: no limit).</summary>
    public double UploadMegabytesPerServer { get; set; } = 5_000;

    /// <summary>
    /// Uploads nobody has opened for this many days are deleted (checked hourly); 0, the default, keeps them for good,
    /// because a link in a paper or a slide deck should keep working.
    /// </summary>
    public double UploadExpiryDays { get; set; }

    public long MaxUploadBytes => (long)(MaxUploadMegabytes * 1024 * 1024);

    /// <summary>How every upload and stored dataset is read here: with these roles, under this server's limits.</summary>
    public ImportOptions ImportWith(IReadOnlyDictionary<string, ColumnRole>? roles) =>
        new(RoleOverrides: roles, MaxCharacters: Math.Max(1, MaxUploadBytes), MaxCells: Math.Max(1, MaxCellsPerDataset));
}
