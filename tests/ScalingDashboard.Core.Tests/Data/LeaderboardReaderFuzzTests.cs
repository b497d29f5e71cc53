using System.Text;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Data;

public class LeaderboardReaderFuzzTests
{
    // Characters that matter to CSV and to the number parser, mixed with arbitrary ones.
    private const string Interesting = ",;\t\"\r\n %-.eE0123456789KMBTk()_#\uFEFF—";

    [Fact]
    public void Read_RandomStrings_NeverThrows()
    {
        var random = new Random(20240707);
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText(random);
            AssertConsistent(LeaderboardReader.Read(text));
        }
    }

    [Fact]
    public void Read_RandomBytesAsUtf8_NeverThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            AssertConsistent(LeaderboardReader.Read(Encoding.UTF8.GetString(bytes)));
        }
    }

    [Fact]
    public void Read_MutatedValidCsv_NeverThrows()
    {
        var random = new Random(7);
        const string valid = "model,#Params (B),tokens,mmlu,arc\n\"a, b\",7,1.2T,54%,0.5\nc,13B,300B,61,0.6\nd,-,NA,,0.7\n";
        for (var i = 0; i < 3000; i++)
        {
            var chars = valid.ToCharArray();
            for (var m = random.Next(1, 6); m > 0; m--)
            {
                chars[random.Next(chars.Length)] = Interesting[random.Next(Interesting.Length)];
            }

            AssertConsistent(LeaderboardReader.Read(new string(chars)));
        }
    }

    /// <summary>Either a table with every column the table's length, or no table and at least one error.</summary>
    private static void AssertConsistent(ImportResult result)
    {
        if (result.Leaderboard is { } leaderboard)
        {
            Assert.Empty(result.Errors);
            Assert.All(leaderboard.Columns, c =>
                Assert.Equal(leaderboard.RowCount, c.IsNumeric ? c.Numbers.Count : c.Texts.Count));
        }
        else
        {
            Assert.NotEmpty(result.Errors);
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 300);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(3) switch
            {
                0 => (char)random.Next(0, 0xFFFF),
                _ => Interesting[random.Next(Interesting.Length)],
            });
        }

        return builder.ToString();
    }
}
