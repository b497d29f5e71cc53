using System.Globalization;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Examples;

public class AaOmniscienceDataTests
{
    // The "## Data" table of seed 000_abbc261e5187b3ac.txt (blog post "Benchmarks Predict Model Size(?)"),
    // copied verbatim: the CSV must agree with it model for model.
    private static readonly (string Model, int Accuracy)[] SeedTable =
    [
        ("Gemini 3ProPreview (high)", 54),
        ("Gemini 3Flash", 52),
        ("Gemini 3ProPreview (low)", 46),
        ("ClaudeOpus 4.5", 43),
        ("Grok 4", 40),
        ("Gemini 2.5Pro", 37),
        ("GPT-5(medium)", 37),
        ("o3", 37),
        ("GPT-5.2(medium)", 36),
        ("GPT-5.1(high)", 35),
        ("DeepSeekV3.2", 32),
        ("Claude 4.5Sonnet", 31),
        ("DeepSeekR1 0528", 29),
        ("Kimi K2Thinking", 29),
        ("GLM-4.7", 28),
        ("Grok 3", 27),
        ("Claude 3.7Sonnet", 27),
        ("GPT-4.1", 26),
        ("GLM-4.6", 25),
        ("Gemini 2.5Flash", 25),
        ("GLM-4.5", 24),
        ("Llama 4Maverick", 24),
        ("DeepSeek V30324", 23),
        ("Qwen3 235BA22B 2507", 22),
        ("MiniMax-M2.1", 22),
        ("GPT-5 mini(medium)", 21),
        ("Nova 2.0ProPreview (medium)", 21),
        ("MiniMax-M2", 21),
        ("gpt-oss-120B(high)", 20),
        ("GPT-4o (Nov)", 19),
        ("gpt-oss-120B(low)", 18),
        ("Nova 2.0Lite(medium)", 17),
        ("Nova 2.0Omni(medium)", 17),
        ("NVIDIANemotron 3Nano", 17),
        ("GPT-5 nano(medium)", 16),
        ("Claude 4.5Haiku", 16),
        ("Qwen3 30BA3B 2507", 15),
        ("Qwen3 30B", 15),
        ("Command A", 15),
        ("gpt-oss-20B(high)", 15),
        ("Llama 4 Scout", 14),
        ("Olmo 3.132B Think", 14),
        ("Qwen3 14B", 14),
        ("gpt-oss-20B(low)", 14),
        ("Ministral 14B(Dec '25)", 12),
        ("Gemma 3 27B", 12),
        ("Gemma 3 12B", 10),
        ("Gemma 3 4B", 7),
        ("Gemma 3 1B", 3),
    ];

    private static readonly string[] Header =
        ["model", "developer", "open_weights", "params_b", "active_params_b", "accuracy_pct"];

    private static List<string[]> ReadRows()
    {
        var lines = File.ReadAllLines(RepositoryPaths.DataFile("aa-omniscience.csv"));
        Assert.Equal(Header, lines[0].Split(','));

        // No field in this file needs quoting (checked below), so a plain split is an exact parse.
        return lines.Skip(1).Select(l => l.Split(',')).ToList();
    }

    [Fact]
    public void Csv_SeedModels_OneRowEachInSeedOrderWithSeedAccuracy()
    {
        var rows = ReadRows();

        Assert.Equal(49, rows.Count);
        Assert.All(rows, r => Assert.Equal(Header.Length, r.Length));
        Assert.Equal(SeedTable.Select(s => s.Model), rows.Select(r => r[0]));
        Assert.Equal(
            SeedTable.Select(s => s.Accuracy),
            rows.Select(r => int.Parse(r[5], NumberStyles.None, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Gemini 3ProPreview (high)", 54)]
    [InlineData("Gemma 3 1B", 3)]
    [InlineData("GLM-4.7", 28)]
    [InlineData("gpt-oss-120B(low)", 18)]
    [InlineData("Ministral 14B(Dec '25)", 12)]
    public void Csv_SpotChecks_MatchTheSeed(string model, int accuracy)
    {
        var row = ReadRows().Single(r => r[0] == model);
        Assert.Equal(accuracy.ToString(CultureInfo.InvariantCulture), row[5]);
    }

    [Fact]
    public void ClosedModels_ParameterCounts_AreAbsent()
    {
        var closed = ReadRows().Where(r => r[2] == "false").ToList();

        Assert.NotEmpty(closed);
        Assert.All(closed, r => Assert.Equal((string.Empty, string.Empty), (r[3], r[4])));
        Assert.Contains(closed, r => r[0] == "ClaudeOpus 4.5");
        Assert.Contains(closed, r => r[0] == "Grok 4");
    }

    [Fact]
    public void OpenModels_ParameterCounts_PositiveWithActiveNotAboveTotal()
    {
        var open = ReadRows().Where(r => r[2] == "true").ToList();

        Assert.All(ReadRows(), r => Assert.Contains(r[2], new[] { "true", "false" }));
        Assert.All(open, r =>
        {
            var total = double.Parse(r[3], NumberStyles.Float, CultureInfo.InvariantCulture);
            var active = double.Parse(r[4], NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.InRange(active, 0.5, total);
        });
        var deepSeek = open.Single(r => r[0] == "DeepSeekV3.2");
        Assert.Equal(("671", "37"), (deepSeek[3], deepSeek[4]));
    }
}
