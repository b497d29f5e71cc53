namespace ScalingDashboard.Cli.Tests;

/// <summary>Every command answers <c>--help</c> (and <c>-h</c>) with its usage on stdout and exit code 0.</summary>
public class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Import_HelpOption_PrintsImportUsageAndExitsZero(string option)
    {
        var (code, stdout, stderr) = CliRunner.Run("import", option);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal(ImportCommand.Usage + Environment.NewLine, stdout);
        Assert.StartsWith("Usage: scaling-dashboard import FILE [--delimiter comma|semicolon|tab]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_HelpAfterFile_PrintsUsageWithoutReadingTheFile()
    {
        var (code, stdout, stderr) = CliRunner.Run("import", "no-such-file.csv", "--help");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal(ImportCommand.Usage + Environment.NewLine, stdout);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Fit_HelpOption_PrintsUsageAndExitsZero(string option)
    {
        var (code, stdout, stderr) = CliRunner.Run("fit", option);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal(CliApp.Usage + Environment.NewLine, stdout);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_EveryTopLevelSpelling_PrintsUsageAndExitsZero(string verb)
    {
        var (code, stdout, stderr) = CliRunner.Run(verb);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal(CliApp.Usage + Environment.NewLine, stdout);
    }

    [Fact]
    public void Run_NoArguments_PrintsUsageAndIsUsageError()
    {
        var (code, stdout, _) = CliRunner.Run();

        Assert.Equal(2, code);
        Assert.Equal(CliApp.Usage + Environment.NewLine, stdout);
    }
}
