using System.Text.Json;

namespace ScalingDashboard.Cli.Tests;

/// <summary>Runs the CLI in-process and captures its output, so tests need no built executable.</summary>
internal static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a command expected to succeed with JSON output and parses it.</summary>
    public static JsonElement RunJson(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        Assert.True(code == 0, $"exit {code}: {stderr}");
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a failure: the exit code, one line on stderr containing <paramref name="fragment"/>, no stack trace.</summary>
    public static string AssertFails(int expectedCode, string fragment, params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        Assert.Equal(expectedCode, code);
        Assert.Equal("", stdout);
        var message = stderr.TrimEnd('\r', '\n');
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.Contains(fragment, message, StringComparison.Ordinal);
        return message;
    }

    /// <summary>A temporary CSV for one test, deleted on dispose.</summary>
    public sealed class TempCsv : IDisposable
    {
        public TempCsv(string text)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"fit-test-{Guid.NewGuid():N}.csv");
            File.WriteAllText(Path, text);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
