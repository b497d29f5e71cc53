using System.Globalization;
using System.Text;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>
/// 10,000 random and adversarial link queries through <see cref="AnalysisCodec.Parse"/> and then
/// <see cref="AnalysisRunner"/> on the two example datasets (the tables the Web's link tests use). Seeded, so a
/// failure names a query that reproduces it. Nothing may throw, and every problem and note is one line.
/// </summary>
/// <remarks>
/// Bootstrap bands run when a query asks for at most <see cref="MaxBandResamples"/> resamples; a query asking more
/// (up to the codec's 100,000) runs its bands only on a 6-row table with cheap closed-form forms, and otherwise its fits
/// alone: how long a large bootstrap may take is a resource question for the faces, not what this test checks.
/// </remarks>
public class LinkFuzzTests(ITestOutputHelper output)
{
    private const int Queries = 10_000;
    private const int MaxBandResamples = 20;
    private const int MaxLargeBootstraps = 1;

    private static readonly string[] Keys =
    [
        "dataset", "bench", "avg", "x", "x2", "forms", "qr", "margin", "t", "tmin", "where", "group", "boot", "seed",
        "weights", "fam", "smin", "smax", "active", "inv",
    ];

    private static readonly string[] Numbers =
    [
        "0", "1", "-1", "-0", "0.5", "2", "1e308", "1e400", "-1e400", "1e-320", "4.9e-324", "NaN", "nan", "Infinity",
        "-Infinity", "∞", "7B", "1.2T", "54%", "0,5", "1,024", "6e21", "6E%2B21", "6E+21", "1e21", "3e19", "0x10", "1_000",
        "99999999999999999999", "2147483648", "-2147483649", "100000", "100001", " 5 ", "+5", "--5", "5e", ".", "e5",
    ];

    private static readonly string[] Strings =
    [
        "", " ", "flops", "params", "tokens", "arc_easy", "hellaswag", "accuracy_pct", "params_b", "active_params_b",
        "developer", "open_weights", "dataset", "layers", "normalised-average", "tokens_per_param", "pass@", "mmlu",
        "\u202Eflops", "مرحبا", "שלום", "🤝", "👨‍👩‍👧", "\u200B", "\uFEFF", "\0", "a\nb", "a\r\nb", "\t", "%", "%ZZ", "%E0%A4%A",
        "%00", "%0A", "%0D%0A", "%25", "%2C", "%3A", "%26", "%3D", "\\", "'", "\"", "<script>alert(1)</script>", "&", "=",
        "flops > 6e21 or layers <= 4", "accuracy_pct > 40", "((((", "flops >", "not not not", "x = 'y", "est", "EST",
        "arc_easy:est", "arc_easy:0.3", "arc_easy:1", "arc_easy:-0.1", "arc_easy:NaN", ":", "::", "a:b:c", ",", ",,,",
        "open", "closed", "all", "OPEN", "true", "false", "yes", "\uD800", "\uDFFF", "a\uD83D",
    ];

    private static readonly Leaderboard Ladder = Load("compute-ladder-synthetic.csv");
    private static readonly Leaderboard Aa = Load("aa-omniscience.csv");

    // Six rows of the ladder, for the rare query that asks for a large bootstrap.
    private static readonly Leaderboard TinyLadder = new(Ladder.ModelNames.Take(6).ToList(),
        Ladder.Columns.Select(c => new LeaderboardColumn(c.Header, c.Role, c.IsNumeric ? c.Numbers.Take(6).ToList() : null,
            c.IsNumeric ? null : c.Texts.Take(6).ToList(), c.Unit)).ToList());

    private static readonly HashSet<string> CheapForms = new(StringComparer.Ordinal) { "log-linear", "log-log", "log-accuracy-power-law" };

    [Fact]
    public void ParseAndRun_TenThousandAdversarialQueries_NeverThrowAndSayEveryProblemInOneLine()
    {
        var random = new Random(20260124);
        var failures = new List<string>();
        int ran = 0, withBands = 0, largeBoot = 0;
        for (var i = 0; i < Queries && failures.Count < 5; i++)
        {
            var query = RandomQuery(random);
            try
            {
                var parsed = AnalysisCodec.Parse(query);
                AssertOneLine(parsed.Problems, query, failures);
                var table = random.Next(2) == 0 ? Ladder : Aa;

                // The whole analysis is resolved (long lists, unknown names, conditions); the runner then fits at most
                // 2 benchmarks x 3 forms of it, so 10,000 runs fit in this test's time (more is the same loop again).
                AssertOneLine(AnalysisResolver.Resolve(table, parsed.Value).Problems, query, failures);
                var spec = parsed.Value with
                {
                    Benchmarks = ValueList.From(parsed.Value.Benchmarks.Take(2)),
                    Forms = parsed.Value.Forms.Count > 3 ? ValueList.From(parsed.Value.Forms.Take(3)) : parsed.Value.Forms,
                };
                var parts = AnalysisParts.Fits | AnalysisParts.Size | (random.Next(200) == 0 ? AnalysisParts.Sweep : 0);
                if (spec.Bootstrap.Resamples is > 0 and <= MaxBandResamples)
                {
                    parts |= AnalysisParts.Bands;
                    withBands++;
                }
                else if (spec.Bootstrap.Resamples > MaxBandResamples && largeBoot < MaxLargeBootstraps && spec.Forms.All(CheapForms.Contains))
                {
                    (table, parts) = (TinyLadder, parts | AnalysisParts.Bands);
                    largeBoot++;
                }

                var result = AnalysisRunner.Run(table, spec, parts);
                AssertOneLine(result.Notes, query, failures);
                ran++;
            }
#pragma warning disable CA1031 // The test's whole point: any exception is a failure to report with its query.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add($"query {Shorten(query)}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        }

        output.WriteLine($"{ran} analyses run, {withBands} with bands, {largeBoot} large bootstraps on 6 rows");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Equal(Queries, ran);
    }

    private static void AssertOneLine(IEnumerable<string> messages, string query, List<string> failures)
    {
        foreach (var message in messages.Where(m => m.AsSpan().IndexOfAny('\n', '\r') >= 0))
        {
            failures.Add($"query {Shorten(query)}: message on more than one line: {Shorten(message)}");
        }
    }

    private static string RandomQuery(Random random)
    {
        var pairs = new List<string>();
        for (var n = random.Next(0, 9); n > 0; n--)
        {
            // Long lists and 100 KB values are rarer than the rest: each costs the runner more, and a few hundred of
            // each already go through the codec and the resolver.
            pairs.Add(random.Next(200) switch
            {
                0 => "forms=" + string.Join(',', Enumerable.Range(0, 1000).Select(_ => FormId(random))),
                1 => "bench=" + string.Join(',', Enumerable.Range(0, 1000).Select(_ => Strings[random.Next(Strings.Length)])),
                2 => Keys[random.Next(Keys.Length)] + "=" + new string((char)random.Next(32, 0xD7FF), 100 * 1024),
                < 6 => "=" + Value(random),                                     // '=' without a key
                < 10 => Keys[random.Next(Keys.Length)],                          // a key without '='
                < 20 => "zz" + random.Next(100) + "=" + Value(random),          // an unknown key
                < 26 => "boot=" + (random.Next(3) switch
                {
                    0 => BootstrapSettings.ResamplesRange.Max,
                    1 => random.Next(2, 100_001),
                    _ => random.Next(2, MaxBandResamples + 1),
                }).ToString(CultureInfo.InvariantCulture),
                < 70 => Keys[random.Next(Keys.Length)] + "=" + RandomChars(random),
                < 90 => "qr=" + string.Join(',', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Strings[random.Next(Strings.Length)] + ":" + Numbers[random.Next(Numbers.Length)])),
                _ => Keys[random.Next(Keys.Length)] + "=" + Value(random),
            });
        }

        // A repeated key now and then (the first one counts).
        if (pairs.Count > 0 && random.Next(5) == 0)
        {
            pairs.Add(pairs[random.Next(pairs.Count)]);
        }

        var query = string.Join(random.Next(10) == 0 ? "&&" : "&", pairs);
        return random.Next(10) switch
        {
            0 => "?" + query,
            1 => "https://example.org/explorer?" + query + "#frag",
            _ => query,
        };
    }

    private static string Value(Random random) => random.Next(3) switch
    {
        0 => Numbers[random.Next(Numbers.Length)],
        1 => Strings[random.Next(Strings.Length)],
        _ => random.Next(2) == 0 ? Uri.EscapeDataString(Strings[random.Next(Strings.Length)].Replace("\uD800", "", StringComparison.Ordinal).Replace("\uDFFF", "", StringComparison.Ordinal).Replace("a\uD83D", "a", StringComparison.Ordinal)) : FormId(random),
    };

    private static string FormId(Random random) =>
        random.Next(4) == 0 ? "no-such-form-" + random.Next(10) : FitFormRegistry.Default.Ids[random.Next(FitFormRegistry.Default.Ids.Count)];

    private static string RandomChars(Random random)
    {
        var builder = new StringBuilder();
        for (var n = random.Next(1, 30); n > 0; n--)
        {
            builder.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x80),
                1 => (char)random.Next(0x80, 0xFFFF),
                2 => "%" + random.Next(256).ToString("X2", CultureInfo.InvariantCulture),
                _ => "%=&,:#?+"[random.Next(8)],
            });
        }

        return builder.ToString();
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…");

    private static Leaderboard Load(string file) =>
        AnalysisTable.Prepare(LeaderboardReader.Read(File.ReadAllText(RepositoryPaths.DataFile(file))).Leaderboard!);
}
