namespace ScalingDashboard.Cli.Tests;

/// <summary>
/// `fit` output is unchanged on the cases recorded before the one-analysis-path change (Recorded/cases.tsv,
/// Recorded/expected/), except the cases in Recorded/changed/ whose output a decided rule changed (the README's
/// changelog says which and why). Output is compared byte for byte: stdout, stderr and the exit code.
/// </summary>
public class RecordedFitOutputTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(Recorded, "cases.tsv")).Where(l => !l.StartsWith('#') && l.Length > 0))
        {
            data.Add(line.Split('\t')[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_RecordedCase_PrintsTheRecordedOutput(string name)
    {
        var line = File.ReadLines(Path.Combine(Recorded, "cases.tsv")).Single(l => l.StartsWith(name + "\t", StringComparison.Ordinal));
        var args = line.Split('\t').Skip(1)
            .Select(a => a.Replace("$DATA", Path.Combine(Root, "data"), StringComparison.Ordinal).Replace("$HERE", Recorded, StringComparison.Ordinal))
            .Prepend("fit").ToArray();
        var (code, stdout, stderr) = CliRunner.Run(args);
        var folder = File.Exists(Path.Combine(Recorded, "changed", name + ".out")) ? "changed" : "expected";
        Assert.Equal(Read(folder, name, "code").Trim(), code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Read(folder, name, "out"), Paths(stdout));
        Assert.Equal(Read(folder, name, "err"), Paths(stderr));
    }

    private static string Root { get; } = FindRoot();

    private static string Recorded => Path.Combine(Root, "tests", "ScalingDashboard.Cli.Tests", "Recorded");

    private static string Read(string folder, string name, string kind) => File.ReadAllText(Path.Combine(Recorded, folder, $"{name}.{kind}"));

    /// <summary>The recording ran from a checkout at another path; paths in messages are compared from the repository root on.</summary>
    private static string Paths(string text) => text.Replace(Root + "/", "", StringComparison.Ordinal);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ScalingDashboard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ScalingDashboard.sln not found above the test binaries.");
    }
}
