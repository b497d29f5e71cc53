using System.Text.Json;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Statistics.Embedding;

/// <summary>
/// The numpy reference numbers in <c>Fixtures/pca_fixtures.json</c>, written once by <c>Fixtures/pca_fixtures.py</c>
/// (numpy 1.24 SVD, same sign convention as <see cref="Core.Statistics.Embedding.Pca"/>).
/// </summary>
internal static class PcaFixture
{
    private static readonly Lazy<JsonElement> Root = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(
        RepositoryPaths.Root, "tests", "ScalingDashboard.Core.Tests", "Statistics", "Embedding", "Fixtures", "pca_fixtures.json"))).RootElement);

    /// <summary>A fixture section by its path, e.g. ("small", "standardised").</summary>
    public static JsonElement Section(params string[] path) => path.Aggregate(Root.Value, (element, name) => element.GetProperty(name));

    public static double[] Vector(JsonElement element) => element.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static double[][] Matrix(JsonElement element) => element.EnumerateArray().Select(Vector).ToArray();
}
