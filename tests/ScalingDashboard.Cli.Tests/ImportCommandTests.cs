using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scaling-dashboard-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_Import_PrintsDelimiterMappingSummaryAndWarnings()
    {
        var path = Write("board.csv", "model;#Params (B);mmlu;license\na;7;54%;mit\nb;13;abc;mit\na;70;61%;apache\n");

        var (code, stdout, stderr) = Run("import", path);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("Delimiter: semicolon", stdout, StringComparison.Ordinal);
        Assert.Contains("Rows:      3", stdout, StringComparison.Ordinal);
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.StartsWith("Header", StringComparison.Ordinal));
        Assert.True(header > 0, stdout);
        Assert.StartsWith("-----", lines[header + 1], StringComparison.Ordinal);
        Assert.Matches(@"^#Params \(B\)\s+Parameters\s+billions \(header '\(B\)'\)\s+3\s+0\s+7e\+9\s+1\.3e\+10\s+7e\+10$", lines[header + 3]);
        Assert.Matches(@"^mmlu\s+Score\s+percent, divided by 100\s+2\s+1\s+0\.54\s+0\.575\s+0\.61$", lines[header + 4]);
        Assert.Matches(@"^license\s+Label\s+as written\s+3\s+0\s+2$", lines[header + 5]);
        Assert.Contains("Warnings (2):", stdout, StringComparison.Ordinal);
        Assert.Contains("  row 3, column 'mmlu': 'abc' is not a number; the cell is left empty.", stdout, StringComparison.Ordinal);
        Assert.Contains("  row 4, column 'model': the model 'a' also appears in row 2.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ImportColumnsAreAligned()
    {
        var path = Write("board.csv", "model,params,mmlu\na,7B,0.5\nb,13B,0.6\n");
        var (_, stdout, _) = Run("import", path);
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.StartsWith("Header", StringComparison.Ordinal));
        var roleColumn = lines[header].IndexOf("Role", StringComparison.Ordinal);
        Assert.Equal(roleColumn, lines[header + 2].IndexOf("ModelName", StringComparison.Ordinal));
        Assert.Equal(roleColumn, lines[header + 3].IndexOf("Parameters", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ImportWithDelimiterOption_UsesIt()
    {
        var path = Write("board.csv", "model;params,x\na;7,1\n");
        var (code, stdout, _) = Run("import", path, "--delimiter", "comma");
        Assert.Equal(0, code);
        Assert.Contains("Delimiter: comma", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ImportMissingFile_PrintsOneLineAndExits1()
    {
        var path = Path.Combine(_folder, "nope.csv");
        var (code, stdout, stderr) = Run("import", path);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Equal($"File not found: '{path}'.", stderr.TrimEnd());
    }

    [Fact]
    public void Run_ImportFolder_PrintsOneLineAndExits1()
    {
        var (code, _, stderr) = Run("import", _folder);
        Assert.Equal(1, code);
        Assert.Equal($"'{_folder}' is a folder, not a file.", stderr.TrimEnd());
    }

    [Fact]
    public void Run_ImportLockedFile_PrintsOneLineAndExits1()
    {
        var path = Write("locked.csv", "model,params\na,7B\n");

        // .NET honours FileShare.None between readers (with an advisory lock on Unix): the reader cannot open it.
        // Permissions would not do here, since tests may run as root.
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var (code, stdout, stderr) = Run("import", path);
            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"Cannot read '{path}': ", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_ImportFailedImport_PrintsFirstErrorAndExits1()
    {
        var path = Write("bad.csv", "model,params\na,7B\nb,8B,9\n");
        var (code, stdout, stderr) = Run("import", path);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Import of '{path}' failed: row 3: The row has 3 fields but the header has 2;", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ImportEmptyFile_Exits1()
    {
        var path = Write("empty.csv", "");
        var (code, _, stderr) = Run("import", path);
        Assert.Equal(1, code);
        Assert.Equal($"Import of '{path}' failed: The file is empty.", stderr.TrimEnd());
    }

    [Fact]
    public void Run_ImportWithoutFile_IsUsageError()
    {
        var (code, _, stderr) = Run("import");
        Assert.Equal(2, code);
        Assert.StartsWith("Missing FILE.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ImportUnknownDelimiter_IsUsageError()
    {
        var (code, _, stderr) = Run("import", "x.csv", "--delimiter", "pipe");
        Assert.Equal(2, code);
        Assert.Equal("Unknown delimiter 'pipe'; use comma, semicolon or tab.", stderr.TrimEnd());
    }

    [Fact]
    public void Run_Help_MentionsImport()
    {
        var (code, stdout, _) = Run("help");
        Assert.Equal(0, code);
        Assert.Contains("scaling-dashboard import FILE", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ListsEveryRegisteredFormAndTheViewOption()
    {
        var (_, stdout, _) = Run("help");

        // From the registry, so a form added there cannot be missing here (the Huber variant once was).
        Assert.All(Core.Fitting.FitFormRegistry.Default.All, form =>
            Assert.Contains($"  {form.Id} ", stdout, StringComparison.Ordinal));
        Assert.Contains("--view QUERY", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(--x2)", stdout, StringComparison.Ordinal);
    }

    [SharedDataFact("open-llm-leaderboard")]
    public void Run_ImportOpenLlmLeaderboard_Succeeds()
    {
        var path = SharedData.PathOf("open-llm-leaderboard/open_llm_leaderboard_v1_2024-07-07.csv");

        var (code, stdout, _) = Run("import", path);
        Assert.Equal(0, code);
        Assert.Contains("Rows:      7169", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\nparams_b\s+Parameters\s+billions \(header '_b'\)", stdout);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
