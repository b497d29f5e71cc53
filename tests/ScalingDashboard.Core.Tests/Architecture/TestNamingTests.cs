using System.Text.RegularExpressions;

namespace ScalingDashboard.Core.Tests.Architecture;

/// <summary>
/// One naming style for every test in every test project, <c>Subject_Condition_Result</c> in PascalCase segments
/// (STYLE.md), so a failing test's name says what broke. Read from source so projects this one does not reference
/// (Web, E2E, Cli) are covered too.
/// </summary>
public partial class TestNamingTests
{
    [Fact]
    public void TestMethods_AllProjects_FollowSubjectConditionResult()
    {
        var tests = TestMethods().ToList();
        // A scanner that finds nothing would pass vacuously; the suite has well over 300 tests.
        Assert.True(tests.Count > 300, $"found only {tests.Count} test methods: is the scanner broken?");

        var offenders = tests.Where(t => !NamePattern().IsMatch(t.Name)).Select(t => $"{t.File}: {t.Name}").ToList();

        Assert.True(offenders.Count == 0,
            "Test names must read Subject_Condition_Result (e.g. Fit_PowerLaw_RecoversKnownParameters):\n" + string.Join('\n', offenders));
    }

    private static IEnumerable<(string File, string Name)> TestMethods() =>
        SourceTree.Files(SourceTree.Folder("tests"), ".cs")
            .SelectMany(file => TestMethod().Matches(File.ReadAllText(file))
                .Select(m => (SourceTree.Relative(file), m.Groups["name"].Value)));

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*(_[A-Z0-9][A-Za-z0-9]*)+$")]
    private static partial Regex NamePattern();

    /// <summary>
    /// A test attribute on its own line, any further attribute or comment lines (InlineData, MemberData, Trait), then
    /// the method's name.
    /// </summary>
    [GeneratedRegex(@"^[ \t]*\[(?:Fact|Theory|SharedDataFact|SharedDataTheory)\b[^\n]*\n(?:[ \t]*(?:\[|//)[^\n]*\n)*[ \t]*(?:public|internal|private|protected)?[ \t]*(?:static[ \t]+)?(?:async[ \t]+)?[\w<>\[\],?. ]+?[ \t]+(?<name>\w+)[ \t]*\(", RegexOptions.Multiline)]
    private static partial Regex TestMethod();
}
