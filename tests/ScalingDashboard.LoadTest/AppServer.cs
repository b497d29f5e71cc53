using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ScalingDashboard.LoadTest;

/// <summary>
/// The published web app in a process of its own on 127.0.0.1, with a throw-away data directory: the same binary and
/// environment (Production) a deployment runs, and a real process whose CPU and memory we can read and that we can
/// SIGKILL. Restarting keeps the port and the data directory, as a supervisor restarting a crashed server would.
/// </summary>
internal sealed class AppServer : IDisposable
{
    private readonly string _publishDirectory;
    private readonly string _logPath;
    private Process? _process;

    private AppServer(string publishDirectory, string dataDirectory, int port)
    {
        _publishDirectory = publishDirectory;
        DataDirectory = dataDirectory;
        Port = port;
        _logPath = Path.Combine(dataDirectory, "server.log");
    }

    public string DataDirectory { get; }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>How many times the server was started (1 + restarts).</summary>
    public int Starts { get; private set; }

    /// <summary>Publishes the web app (unless a publish folder is given), then starts it and waits until it serves.</summary>
    public static async Task<AppServer> StartAsync(string? published)
    {
        var publishDirectory = published ?? await PublishAsync();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var server = new AppServer(publishDirectory, dataDirectory, FreePort());
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the app (again) on the same port and data directory and waits until it answers.</summary>
    public async Task RestartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The server is still running.");
        }

        _process?.Dispose();
        var start = new ProcessStartInfo("dotnet",
            [Path.Combine(_publishDirectory, "ScalingDashboard.Web.dll"), "--urls", BaseUrl.ToString().TrimEnd('/'),
             $"--Dashboard:DataDirectory={DataDirectory}",
             // Fifty people each uploading every ten seconds or so is a stress pace, not a team's: the server's default
             // bound (120 uploads a minute, to stop a runaway script) would refuse most of them and hide the load.
             "--Dashboard:UploadsPerMinutePerServer=100000"])
        {
            // A published app serves its static files only with the publish folder as its content root.
            WorkingDirectory = _publishDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new StreamWriter(_logPath, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => WriteLine(log, e.Data);
        process.ErrorDataReceived += (_, e) => WriteLine(log, e.Data);
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Starts++;
        await WaitUntilServingAsync();
    }

    /// <summary>kill -9: no shutdown hooks, no flushing, as a crash or an OOM kill would end it.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-KILL", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
    }

    /// <summary>Lines of the server's log that name an error or a failure (for the report).</summary>
    public IReadOnlyList<string> ErrorLogLines()
    {
        if (!File.Exists(_logPath))
        {
            return [];
        }

        using var stream = new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                // The logger writes the category on this line and the message on the next.
                lines.Add(line + " " + (reader.ReadLine()?.Trim() ?? ""));
            }
        }

        return lines;
    }

    public void Dispose()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}; see {_logPath}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl, "/data"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The server did not answer within 120 s; see {_logPath}.");
            }

            await Task.Delay(200);
        }
    }

    private static void WriteLine(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The last lines of a killed process may arrive after its log closed.
            }
        }
    }

    private static async Task<string> PublishAsync()
    {
        var root = RepositoryRoot();
        var output = Path.Combine(Path.GetTempPath(), "scaling-dashboard-load-publish");
        Console.WriteLine($"Publishing src/ScalingDashboard.Web (Release) to {output} ...");
        var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(root, "src", "ScalingDashboard.Web"), "-c", "Release", "-o", output, "-v", "q", "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{await stdout}\n{await stderr}");
        }

        return output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ScalingDashboard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Run from inside the repository.");
    }
}
