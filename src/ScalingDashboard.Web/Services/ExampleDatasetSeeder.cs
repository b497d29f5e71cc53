using Microsoft.Extensions.Options;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Copies the example CSV files shipped beside the app (the repository's data/ folder) into the store at start-up,
/// so the dashboard has data on first start and links to examples survive restarts.
/// </summary>
public sealed class ExampleDatasetSeeder(IDatasetStore store, IOptions<DashboardOptions> options, ILogger<ExampleDatasetSeeder> logger)
{
    /// <summary>Readable names for the files we ship; any other CSV in the folder is offered under its file name.</summary>
    private static readonly Dictionary<string, string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["aa-omniscience"] = "AA-Omniscience accuracy and parameter counts",
        ["compute-ladder-synthetic"] = "Compute ladder (synthetic accuracies)",
        ["loss-ladder-synthetic"] = "Loss ladder (synthetic, Hoffmann et al. 2022 law)",
        ["obsscaling_base_llm_benchmark_eval"] = "Base models x benchmarks (Observational Scaling Laws)",
        ["open_llm_leaderboard_v1_2024-07-07"] = "Open LLM Leaderboard v1 (2024-07-07)",
        ["obsscaling_instruct_llm_benchmark_eval"] = "Instruction-tuned models x benchmarks (Observational Scaling Laws)",
    };

    public void SeedExamples()
    {
        var directory = Path.GetFullPath(options.Value.ExamplesDirectory, AppContext.BaseDirectory);
        if (!Directory.Exists(directory))
        {
            Log.NoExamplesFolder(logger, directory);
            return;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            var name = KnownNames.GetValueOrDefault(stem, stem);
            var synthetic = stem.Contains("synthetic", StringComparison.OrdinalIgnoreCase);
            store.UpsertExample(DatasetIds.ExamplePrefix + stem, name, File.ReadAllText(path), synthetic);
        }
    }
}
