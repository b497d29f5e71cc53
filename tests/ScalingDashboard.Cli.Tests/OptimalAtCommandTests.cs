using System.Globalization;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Cli.Tests;

public class OptimalAtCommandTests
{
    private static readonly string Ladder = RepositoryPaths.DataFile("loss-ladder-synthetic.csv");

    private static string[] LossArgs(params string[] extra) =>
        ["fit", "--data", Ladder, "--x", "params", "--x2", "tokens", "--y", "loss", "--form", "loss-params-tokens", .. extra];

    [Fact]
    public void Json_OptimalAt_ListsEveryBudgetWithTheFittedLawsAllocation()
    {
        var json = CliRunner.RunJson(LossArgs("--optimal-at", "1e24,1e25", "--json"));

        var optimal = json.GetProperty("optimal").EnumerateArray().ToArray();
        Assert.Equal(2, optimal.Length);
        var p = json.GetProperty("parameters");
        var law = new LossLaw(p.GetProperty("A").GetDouble(), p.GetProperty("B").GetDouble(), p.GetProperty("E").GetDouble(),
            p.GetProperty("alpha").GetDouble(), p.GetProperty("beta").GetDouble());
        double[] budgets = [1e24, 1e25];
        for (var i = 0; i < budgets.Length; i++)
        {
            var expected = ComputeOptimal.At(law, budgets[i]);
            var row = optimal[i];
            // JSON round-trips doubles exactly, and the parameters printed are the ones the allocation used.
            Assert.Equal(budgets[i], row.GetProperty("compute").GetDouble());
            Assert.Equal(expected.Parameters, row.GetProperty("n").GetDouble());
            Assert.Equal(expected.Tokens, row.GetProperty("d").GetDouble());
            Assert.Equal(expected.TokensPerParameter, row.GetProperty("tokensPerParameter").GetDouble());
            Assert.Equal(expected.Loss, row.GetProperty("loss").GetDouble());
        }

        // The fitted law is close to Hoffmann's (0.5% noise), so its allocation at 1e24 is close to the true one:
        // N_opt moves with G and the exponents, so 25% is a loose but failing-on-nonsense band.
        var truth = ComputeOptimal.At(LossLaw.Hoffmann2022, 1e24);
        Assert.InRange(optimal[0].GetProperty("n").GetDouble() / truth.Parameters, 0.75, 1.25);
    }

    [Fact]
    public void Json_WithoutOptimalAt_HasNoOptimalMember()
    {
        var json = CliRunner.RunJson(LossArgs("--json"));

        Assert.False(json.TryGetProperty("optimal", out _));
    }

    [Fact]
    public void Text_OptimalAt_PrintsATableRowPerBudget()
    {
        var (code, stdout, _) = CliRunner.Run(LossArgs("--optimal-at", "1e24, 1e25"));

        Assert.Equal(0, code);
        var lines = stdout.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("Compute-optimal allocation", StringComparison.Ordinal));
        Assert.True(header >= 0, stdout);
        Assert.Contains("Parameters N", lines[header + 1], StringComparison.Ordinal);
        Assert.StartsWith("1E+24", lines[header + 3].Trim(), StringComparison.Ordinal);
        Assert.StartsWith("1E+25", lines[header + 4].Trim(), StringComparison.Ordinal);
        var cells = lines[header + 3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, cells.Length);
        // D / N is the fourth cell: Chinchilla-like laws put it in the tens at 1e24.
        Assert.InRange(double.Parse(cells[3], CultureInfo.InvariantCulture), 5, 200);
    }

    [Theory]
    [InlineData("1e24,abc", "positive finite FLOP budgets")]
    [InlineData("1e24,-5", "positive finite FLOP budgets")]
    [InlineData("0", "positive finite FLOP budgets")]
    [InlineData("1e24,,1e25", "positive finite FLOP budgets")]
    public void OptimalAt_BadList_IsAUsageError(string list, string fragment) =>
        CliRunner.AssertFails(2, fragment, LossArgs("--optimal-at", list));

    [Fact]
    public void OptimalAt_TooManyBudgets_IsAUsageError()
    {
        var list = string.Join(',', Enumerable.Range(1, 51).Select(i => (i * 1e22).ToString("R", CultureInfo.InvariantCulture)));

        CliRunner.AssertFails(2, "at most 50 budgets", LossArgs("--optimal-at", list));
    }

    [Fact]
    public void OptimalAt_OtherForm_IsAUsageError() =>
        CliRunner.AssertFails(2, "--optimal-at needs --form loss-params-tokens",
            "fit", "--data", Ladder, "--x", "flops", "--y", "loss", "--form", "log-log", "--optimal-at", "1e24");
}
