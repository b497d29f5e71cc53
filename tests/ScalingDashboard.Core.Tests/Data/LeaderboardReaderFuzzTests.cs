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
            var result = LeaderboardReader.Read(text);
            Assert.NotNull(result);
            Assert.Equal(result.Leaderboard is null, result.Errors.Any() || result.Leaderboard is null);
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
            var result = LeaderboardReader.Read(Encoding.UTF8.GetString(bytes));
            Assert.NotNull(result);
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

            var result = LeaderboardReader.Read(new string(chars));
            Assert.NotNull(result);
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
