using System.Text;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Sharing;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer.Sharing;

public sealed class ExplorerLinkFuzzTests
{
    private static readonly string[] Keys =
        [
            "dataset", "bench", "avg", "x", "x2", "forms", "qr", "margin", "t", "tmin", "where", "y", "group", "boot", "seed", "weights", "fam",
            "smin", "smax", "active", "inv", "other",
        ];

    // Separators, escapes, number syntax and text that has broken parsers before.
    private static readonly string[] Pieces =
    [
        ",", ":", "%", "%2C", "%3A", "%25", "%2", "%zz", "&", "=", "?", "#", "+", "-", ".", "e", "E", "1", "0", "9", "1e308", "1e999",
        "NaN", "Infinity", "∞", "-0", " ", "\t", "\n", "\r", "\0", "\uD800", "\uDC00", "🚀", "日本", "<script>", "log-log", "sigmoid",
        "accuracy", "open", "true", "est", "7B", "54%", "a", "Z", new string('x', 100),
    ];

    [Fact]
    public void Parse_RandomValuesForEveryKey_NeverThrowsAndAcceptedPartsRoundTrip()
    {
        var random = new Random(1234);
        for (var round = 0; round < 3000; round++)
        {
            var query = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var key in Keys)
            {
                if (random.Next(3) > 0)
                {
                    query[key] = random.Next(20) == 0 ? null : RandomText(random);
                }
            }

            var parsed = ExplorerLink.Parse(query);

            Assert.NotNull(parsed.Value);
            Assert.All(parsed.Problems, p => Assert.StartsWith("Ignored the link's '", p, StringComparison.Ordinal));

            // Whatever was accepted must survive a round trip of its own. A lone surrogate cannot: UTF-8 (and so a URL)
            // has no encoding for it, and no real query string can deliver one.
            if (query.Values.Any(v => v is not null && !IsWellFormed(v)))
            {
                continue;
            }

            var again = ExplorerLink.FromQueryString(ExplorerLink.ToQueryString(parsed.Value));
            var expected = parsed.Value;
            Assert.True(expected.Equals(again), $"{ExplorerLink.ToQueryString(parsed.Value)} read back as {ExplorerLink.ToQueryString(again)}");
        }
    }

    [Fact]
    public void ParseQueryString_RandomRawQueries_NeverThrows()
    {
        var random = new Random(99);
        for (var round = 0; round < 3000; round++)
        {
            var raw = new StringBuilder(random.Next(2) == 0 ? "?" : string.Empty);
            for (var i = random.Next(8); i > 0; i--)
            {
                raw.Append(Keys[random.Next(Keys.Length)]).Append(random.Next(5) == 0 ? "&" : "=").Append(RandomText(random)).Append('&');
            }

            var parsed = ExplorerLink.ParseQueryString(raw.ToString());

            Assert.NotNull(parsed.Value);
        }
    }

    [Fact]
    public void Parse_BlankCondition_IsNoCondition()
    {
        var parsed = ExplorerLink.Parse(new Dictionary<string, string?> { ["where"] = " " });

        Assert.Empty(parsed.Problems);
        Assert.Equal(new ExplorerState(), parsed.Value);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(6); i > 0; i--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }
}
