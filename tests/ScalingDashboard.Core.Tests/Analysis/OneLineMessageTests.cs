using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>
/// Regressions from <see cref="LinkFuzzTests"/>: a link value with a line break (%0A, %0D) made a problem message span
/// lines. Typed text inside a message is now shown with escapes, so every message is one line and still says what came.
/// </summary>
public class OneLineMessageTests
{
    [Fact]
    public void OneLine_ControlCharactersAndLineSeparators_AreEscaped()
    {
        Assert.Equal(@"a\r\n\tb\u2028c\u0000d", MessageText.OneLine("a\r\n\tb\u2028c\0d"));
        Assert.Equal("مرحبا 🤝 \u202Eflops", MessageText.OneLine("مرحبا 🤝 \u202Eflops"));
    }

    [Fact]
    public void Parse_FlagValueWithLineBreak_ProblemIsOneLine()
    {
        var parsed = AnalysisCodec.Parse("active=a%0Ab");

        Assert.Equal([@"Ignored the link's 'active' value 'a\nb': it is not 1 or 0."], parsed.Problems);
    }

    [Fact]
    public void Parse_ChanceLevelEntryWithLineBreak_ProblemIsOneLine()
    {
        var parsed = AnalysisCodec.Parse("qr=%0D%0A");

        Assert.Equal([@"Ignored the link's 'qr' entry '\r\n': it is not written as benchmark:chance-level."], parsed.Problems);
    }

    [Fact]
    public void Resolve_NamesWithLineBreaks_ProblemsAreOneLine()
    {
        // Built directly: the codec already drops an unknown form id (with its own one-line problem).
        var spec = new AnalysisSpec { Benchmarks = ["a\nb"], X = "x\n", X2 = "y\r", GroupBy = "g\n", Forms = ["f\n", "sigmoid"] };

        var problems = AnalysisResolver.Resolve(AnalysisTable.Prepare(LadderTable.Build()), spec).Problems;

        Assert.Equal(
        [
            @"There is no fit form 'f\n'; known forms: " + string.Join(", ", Core.Fitting.FitFormRegistry.Default.Ids) + ".",
            @"This table has no numeric column 'a\nb'; it was left out.",
            @"This table has no numeric column 'x\n' for the x axis; using the default.",
            @"This table has no numeric column 'y\r' for the second x.",
            @"This table has no column 'g\n' to group by; runs are not grouped.",
        ], problems);
    }
}
