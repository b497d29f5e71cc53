using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Data;

/// <summary>Writing a leaderboard back as CSV and reading it again gives the same table, on every shipped example.</summary>
public class LeaderboardCsvTests
{
    [Theory]
    [InlineData("aa-omniscience.csv")]
    [InlineData("compute-ladder-synthetic.csv")]
    [InlineData("open_llm_leaderboard_v1_2024-07-07.csv")]
    [InlineData("obsscaling_instruct_llm_benchmark_eval.csv")]
    public void Write_ThenRead_GivesTheSameColumnsRolesAndValues(string file)
    {
        var original = LeaderboardReader.Read(File.ReadAllText(RepositoryPaths.DataFile(file))).Leaderboard!;

        var again = LeaderboardReader.Read(LeaderboardCsv.Write(original)).Leaderboard!;

        Assert.Equal(original.ModelNames, again.ModelNames);
        Assert.Equal(original.Columns.Select(c => (c.Header, c.Role)), again.Columns.Select(c => (c.Header, c.Role)));
        for (var c = 0; c < original.Columns.Count; c++)
        {
            var (before, after) = (original.Columns[c], again.Columns[c]);
            if (before.IsNumeric)
            {
                // Written as the shortest round-trip text of value / unit and multiplied back: equal to the last bit or so.
                // Units read from cell suffixes ("1.4B") come back as base units: the numbers, not the factor, are kept.
                Assert.Equal(before.Unit.Multiplier < 1, after.Unit.Multiplier < 1);
                Assert.All(before.Numbers.Zip(after.Numbers), pair =>
                    Assert.True(pair.First is null ? pair.Second is null : Math.Abs(pair.First.Value - pair.Second!.Value) <= 1e-12 * Math.Abs(pair.First.Value),
                        $"{before.Header}: {pair.First} became {pair.Second}"));
            }
            else
            {
                Assert.Equal(before.Texts, after.Texts);
            }
        }
    }

    [Fact]
    public void Write_QuotesCommasQuotesAndPaddedText()
    {
        var table = new Leaderboard(["a,b", "c\"d"],
        [
            new LeaderboardColumn("model", ColumnRole.ModelName, null, ["a,b", "c\"d"], ColumnUnit.None),
            new LeaderboardColumn("mmlu", ColumnRole.Score, [0.5, null], null, ColumnUnit.None),
        ]);

        Assert.Equal("model,mmlu\n\"a,b\",0.5\n\"c\"\"d\",\n", LeaderboardCsv.Write(table));
    }
}
