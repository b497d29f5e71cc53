using System.Globalization;
using ScalingDashboard.Cli;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;
using ScalingDashboard.Web.Components.Pages.Explorer.Exports;
using ScalingDashboard.Web.Components.Pages.Explorer.Sharing;
using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Consistency;

/// <summary>
/// One analysis path: the Explorer's JSON export of a link and <c>fit --view QUERY --json</c> on the same file are the
/// same bytes, for randomly drawn analyses over the example datasets (seeded, so a failure names a reproducible query).
/// </summary>
public class LinkAndCliTests
{
    private static readonly string[] GroupColumnsLadder = ["dataset"];
    private static readonly string[] GroupColumnsAa = ["developer", "open_weights"];

    [Fact]
    public async Task ExplorerExport_AndFitView_AreByteIdenticalFor200RandomAnalyses()
    {
        var random = new Random(8);
        var datasets = new[]
        {
            Load("compute-ladder-synthetic.csv", GroupColumnsLadder),
            Load("aa-omniscience.csv", GroupColumnsAa),
        };
        var compared = 0;
        for (var i = 0; i < 200; i++)
        {
            var dataset = datasets[random.Next(datasets.Length)];
            var query = RandomQuery(random, dataset);
            var state = ExplorerLink.ParseQueryString(query).Value;
            using var service = new AnalysisService();
            var result = await service.RunAsync(dataset.Table, state.Analysis);
            Assert.NotNull(result);
            var export = JsonExport.AnalysisJson(new ExplorerResult(state, result));

            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = CliApp.Run(["fit", "--data", dataset.Path, "--view", query, "--json"], stdout, stderr);
            if (result.HasNoUsableRows)
            {
                Assert.Equal(1, code);
                continue;
            }

            Assert.True(code == 0, $"query {query}: exit {code}: {stderr}");
            Assert.True(export == stdout.ToString(), $"query {query}: the export and fit --view differ");
            compared++;
        }

        // Nearly every drawn analysis has rows to fit; the rest are checked to fail the same way in the CLI.
        Assert.True(compared >= 180, $"only {compared} of 200 analyses compared");
    }

    private static string RandomQuery(Random random, Dataset dataset)
    {
        var table = dataset.Table;
        var scores = (table.ScoreColumns.Count > 0 ? table.ScoreColumns : table.NumericColumns).Select(c => c.Header).ToList();
        var xs = table.NumericColumns.Where(c => c.Role != ColumnRole.Score).Select(c => c.Header).ToList();
        var cheapForms = new[] { "log-accuracy-power-law", "log-accuracy-power-law-huber", "log-linear", "sigmoid", "log-accuracy-power-law-ceiling" };
        var twoInput = new[] { "params-tokens", "two-stage-linear" };
        var benchmarks = Pick(random, scores, random.Next(1, 4));
        var forms = Pick(random, cheapForms, random.Next(1, 3));
        var parts = new List<string>
        {
            "dataset=" + dataset.Id,
            "bench=" + Escape(string.Join(',', benchmarks)),
        };
        var x = xs[random.Next(xs.Count)];
        parts.Add("x=" + Escape(x));
        if (random.NextDouble() < 0.15)
        {
            forms = [.. forms, twoInput[random.Next(twoInput.Length)]];
            parts.Add("x2=" + Escape(xs[random.Next(xs.Count)]));
        }

        parts.Add("forms=" + string.Join(',', forms));
        var values = table.FindColumn(x)!.Numbers.Where(v => v is > 0).Select(v => v!.Value).Order().ToList();
        if (values.Count > 4 && random.NextDouble() < 0.7)
        {
            parts.Add("t=" + Number(values[(int)(values.Count * (0.5 + 0.4 * random.NextDouble()))]));
        }

        if (values.Count > 4 && random.NextDouble() < 0.2)
        {
            parts.Add("tmin=" + Number(values[random.Next(values.Count / 3)]));
        }

        if (random.NextDouble() < 0.2)
        {
            parts.Add("margin=" + Number(Math.Round(random.NextDouble() * 0.1, 3)));
        }

        if (random.NextDouble() < 0.2)
        {
            parts.Add("qr=" + Escape(benchmarks[0] + ":" + (random.NextDouble() < 0.5 ? "est" : Number(Math.Round(random.NextDouble() * 0.4, 2)))));
        }

        if (random.NextDouble() < 0.15)
        {
            parts.Add("where=" + Escape(dataset.Condition));
        }

        if (random.NextDouble() < 0.3)
        {
            parts.Add("group=" + Escape(dataset.Groups[random.Next(dataset.Groups.Length)]));
        }

        if (random.NextDouble() < 0.2)
        {
            parts.Add("boot=" + random.Next(8, 25).ToString(CultureInfo.InvariantCulture) + "&seed=" + random.Next(1000).ToString(CultureInfo.InvariantCulture));
        }

        if (benchmarks.Count > 1 && random.NextDouble() < 0.3)
        {
            parts.Add("avg=1");
        }

        if (random.NextDouble() < 0.2)
        {
            parts.Add("inv=" + Escape("0.3,0.5"));
        }

        if (random.NextDouble() < 0.15)
        {
            parts.Add("weights=" + (random.NextDouble() < 0.5 ? "open" : "closed"));
        }

        if (random.NextDouble() < 0.1)
        {
            parts.Add("active=1");
        }

        return string.Join('&', parts);
    }

    private static List<string> Pick(Random random, IReadOnlyList<string> items, int count) =>
        items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count)).ToList();

    private static string Escape(string text) => Uri.EscapeDataString(text);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static Dataset Load(string file, string[] groups)
    {
        var path = Path.Combine(RepositoryRoot(), "data", file);
        var table = AnalysisTable.Prepare(LeaderboardReader.Read(File.ReadAllText(path)).Leaderboard!);
        var condition = file.StartsWith("compute", StringComparison.Ordinal) ? "flops > 6e21 or layers <= 4" : "accuracy_pct > 40";
        return new Dataset("example-" + Path.GetFileNameWithoutExtension(file), path, table, groups, condition);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ScalingDashboard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ScalingDashboard.sln not found above the test binaries.");
    }

    private sealed record Dataset(string Id, string Path, Leaderboard Table, string[] Groups, string Condition);
}
