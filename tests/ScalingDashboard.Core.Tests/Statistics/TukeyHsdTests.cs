using ScalingDashboard.Core.Statistics;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Statistics;

public class TukeyHsdTests
{
    private const string LeaderboardFolder = "open-llm-leaderboard";

    // R's datasets::warpbreaks (54 rows), in its own row order.
    private static readonly double[] Breaks =
    [
        26, 30, 54, 25, 70, 52, 51, 26, 67, 18, 21, 29, 17, 12, 18, 35, 30, 36, 36, 21, 24, 18, 10, 43, 28, 15, 26,
        27, 14, 29, 19, 29, 31, 41, 20, 44, 42, 26, 19, 16, 39, 28, 21, 39, 29, 20, 21, 24, 17, 13, 15, 15, 16, 28,
    ];

    private static readonly string[] Wool = [.. Enumerable.Repeat("A", 27), .. Enumerable.Repeat("B", 27)];

    private static readonly string[] Tension =
        [.. Enumerable.Range(0, 54).Select(i => "LMH"[i / 9 % 3].ToString())];

    [Fact]
    public void Compute_WarpbreaksByTension_MatchesR()
    {
        var result = TukeyHsd.Compute(Breaks, Tension);

        Assert.Null(result.Problem);
        // R: qtukey(0.95, 3, 51) = 3.413882561907216 (Fixtures/tukey_reference.R prints it); solved here to 1e-12.
        Assert.Equal(3.413882561907216, result.QCritical, 1e-9);
        AssertMatchesR(result, "tukey_warpbreaks_tension.csv");
        // L differs from H and M, M and H do not differ (R's pairs: L-H p = 0.0014, M-L p = 0.038, M-H p = 0.46);
        // L has the highest mean (36.4), so it reads "a".
        Assert.Equal(["H:b", "L:a", "M:b"], result.Letters.Select(l => $"{l.Group}:{l.Letters}"));
    }

    [Fact]
    public void Compute_WarpbreaksByWoolAndTension_MatchesR()
    {
        var groups = Wool.Zip(Tension, (w, t) => $"{w}.{t}").ToArray();

        var result = TukeyHsd.Compute(Breaks, groups);

        Assert.Null(result.Problem);
        Assert.Equal(4.1972370341648126, result.QCritical, 1e-9); // R's qtukey(0.95, 6, 48), as above
        Assert.Equal(15, result.Pairs.Count);
        AssertMatchesR(result, "tukey_warpbreaks_interaction.csv");
        AssertLettersMatchDecisions(result);
    }

    /// <summary>HellaSwag by architecture on the 7,169-row leaderboard: 52 groups, 1,326 pairs, against R.</summary>
    [SharedDataFact(LeaderboardFolder)]
    public void Compute_LeaderboardHellaswagByArchitecture_MatchesR()
    {
        var (values, groups) = ReadHellaswagByArchitecture();

        var result = TukeyHsd.Compute(values, groups);

        Assert.Null(result.Problem);
        Assert.Equal(52, result.Anova.Groups.Count);
        Assert.Equal(1326, result.Pairs.Count);
        // R's summary(aov): F = 73.460296580269514 (printed by Fixtures/tukey_reference.R); p underflows to 0 in R.
        Assert.Equal(73.460296580269514, result.Anova.F, 73.46 * 1e-12);
        Assert.Equal(-602.36332156704969, result.Anova.Log10P, 602.36 * 1e-9); // mpmath, see OneWayAnovaTests
        // R's qtukey(0.95, 52, 7117) = 5.6743557543322902 stops its secant at steps below 1e-4: ptukey there is
        // 0.95000002; uniroot on R's ptukey to 1e-13 gives 5.6743555831998762, which this matches to 1e-9.
        Assert.Equal(5.6743555831998762, result.QCritical, 1e-9);
        Assert.Equal(5.6743557543322902, result.QCritical, 5.67 * 1e-6);
        AssertMatchesR(result, "tukey_leaderboard_hellaswag_architecture.csv");
        AssertLettersMatchDecisions(result);
    }

    [Fact]
    public void Compute_SingletonGroupWithPooledDf_IsCompared()
    {
        // A group with one value still has a mean; the pooled df (5 - 3 = 2) carries the test.
        var result = TukeyHsd.Compute([1, 2, 3, 10, 11], ["a", "a", "a", "b", "c"]);

        Assert.Null(result.Problem);
        Assert.Equal(3, result.Pairs.Count);
        Assert.Equal(2, result.Anova.DfWithin);
    }

    [Fact]
    public void Compute_OneWithinDegreeOfFreedom_ReportsProblem()
    {
        // R's ptukey is NaN for df < 2, so TukeyHSD would print NaN p-values; this says why instead.
        var result = TukeyHsd.Compute([1, 2, 10, 11], ["a", "a", "b", "c"]);

        Assert.Contains("at least 2 within-group degrees of freedom", result.Problem);
        Assert.Empty(result.Pairs);
    }

    [Fact]
    public void Compute_ConfidenceOutsideUnitInterval_ReportsProblem()
    {
        var result = TukeyHsd.Compute(Breaks, Tension, confidence: 95);

        Assert.Contains("strictly between 0 and 1", result.Problem);
    }

    internal static (double[] Values, string[] Groups) ReadHellaswagByArchitecture()
    {
        var lines = File.ReadAllLines(SharedData.PathOf($"{LeaderboardFolder}/open_llm_leaderboard_v1_2024-07-07.csv"));
        var header = FixtureCsv.Split(lines[0]);
        var hellaswag = Array.IndexOf(header, "hellaswag");
        var architecture = Array.IndexOf(header, "architecture");
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(FixtureCsv.Split).ToList();
        return (rows.Select(r => FixtureCsv.Number(r[hellaswag])).ToArray(), rows.Select(r => r[architecture]).ToArray());
    }

    /// <summary>
    /// Every pair against R (same names, same order): MeanDiff and interval ends to 6 significant digits on the
    /// interval's scale (relative 1e-6 of the larger of the value and the half-width, so ends near 0 are not held to
    /// digits they do not have), PAdj to 6 significant digits or 1e-11 absolute, whichever is looser. R's ptukey is
    /// itself off by ~5e-12 absolute at df = 7,117 (its quadrature weights sum to 1 - 8e-12; see
    /// StudentizedRangeTests.UpperTail_LeaderboardPair_MatchesMpmath), which is 4e-6 of a p-value of 1.1e-6.
    /// </summary>
    private static void AssertMatchesR(TukeyResult result, string fixture)
    {
        var expected = FixtureCsv.Read(fixture);
        Assert.Equal(expected.Count, result.Pairs.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = expected[i];
            var pair = result.Pairs[i];
            Assert.Equal(row["pair"], $"{pair.Group1}-{pair.Group2}");
            var halfWidth = (pair.Upper - pair.Lower) / 2;
            AssertClose(FixtureCsv.Number(row["diff"]), pair.MeanDiff, halfWidth, $"{row["pair"]} diff");
            AssertClose(FixtureCsv.Number(row["lwr"]), pair.Lower, halfWidth, $"{row["pair"]} lwr");
            AssertClose(FixtureCsv.Number(row["upr"]), pair.Upper, halfWidth, $"{row["pair"]} upr");
            var p = FixtureCsv.Number(row["padj"]);
            var tolerance = Math.Max(1e-6 * p, 1e-11);
            Assert.True(Math.Abs(pair.PAdj - p) <= tolerance, $"{row["pair"]} p {pair.PAdj:R} vs R {p:R}");
            Assert.Equal(p < 0.05, pair.Reject);
        }
    }

    /// <summary>The defining property of a compact letter display: two groups share a letter exactly when their pair is not rejected.</summary>
    private static void AssertLettersMatchDecisions(TukeyResult result)
    {
        var letters = result.Letters.ToDictionary(l => l.Group, l => l.Letters, StringComparer.Ordinal);
        Assert.Equal(result.Anova.Groups.Count, letters.Count);
        foreach (var pair in result.Pairs)
        {
            // Letters beyond the 52 single characters get a numeric suffix; these cases stay within a-z, A-Z.
            var share = letters[pair.Group1].Intersect(letters[pair.Group2]).Any();
            Assert.True(share == !pair.Reject, $"{pair.Group1} ({letters[pair.Group1]}) vs {pair.Group2} ({letters[pair.Group2]}): reject {pair.Reject}");
        }
    }

    private static void AssertClose(double expected, double actual, double scale, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-6 * Math.Max(Math.Abs(expected), scale), $"{what}: {actual:R} vs R {expected:R}");
}
