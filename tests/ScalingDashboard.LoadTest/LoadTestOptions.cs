using System.Globalization;

namespace ScalingDashboard.LoadTest;

/// <summary>The command line: which run (load or faults), how big, how long, and which server.</summary>
internal sealed record LoadTestOptions
{
    public int Sessions { get; init; } = 20;

    /// <summary>Sessions that speak Blazor's protocol instead of driving Chromium (<see cref="Protocol.ProtocolSession"/>),
    /// besides the <see cref="Sessions"/> browser sessions.</summary>
    public int ProtocolSessions { get; init; }

    public int AllSessions => Sessions + ProtocolSessions;

    public double Minutes { get; init; } = 2;

    public bool Heavy { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Number of SIGKILLs for the fault run; 0 means the load run.</summary>
    public int Faults { get; init; }

    /// <summary>An already-running server to target instead of publishing and starting one.</summary>
    public Uri? Url { get; init; }

    /// <summary>With <see cref="Url"/>: its process id, so CPU and RSS can still be read from /proc.</summary>
    public int? ServerPid { get; init; }

    /// <summary>A folder already holding `dotnet publish` output of the web app, to skip publishing.</summary>
    public string? Published { get; init; }

    /// <summary>Pause between a person's actions (mean, milliseconds; each pause is drawn from 0.5x to 1.5x of it).</summary>
    public int ThinkMilliseconds { get; init; } = 1000;

    public int SliderMovesPerVisit { get; init; } = 5;

    /// <summary>How long the server idles after the sessions close before the last RSS reading.</summary>
    public int IdleSeconds { get; init; } = 45;

    public string SummaryPath { get; init; } = "loadtest-summary.json";

    /// <summary>Chromium at nice 10: the server is served first when both want the cores.</summary>
    public bool NiceBrowsers { get; init; }

    public const string Usage = """
        dotnet run -c Release --project tests/ScalingDashboard.LoadTest -- [options]
          --sessions N       browser sessions (default 20; 50 and more are supported; 0 with --protocol-sessions)
          --protocol-sessions M
                             M more sessions that speak Blazor's protocol instead of driving Chromium: the server
                             does all its work, the session draws nothing (a few ms of CPU where Chromium takes a
                             quarter core), so 50 people fit on the machine that serves them
          --probe URL PATH   print what one page renders (elements with test ids or handlers) and the JavaScript
                             calls it makes, over the protocol: what a protocol session's steps are written against
          --minutes M        how long the sessions loop (default 2)
          --heavy            also open one heavy Explorer link (BNSL, 20,000 resamples, 7,169 rows) and abandon it
          --seed S           seed for the per-session data variations and pauses (default 1)
          --think-ms T       mean pause between a person's actions (default 1000)
          --moves K          slider moves per Explorer visit (default 5)
          --idle-seconds S   idle time after the sessions close before the last RSS reading (default 45)
          --faults K         fault run instead: K SIGKILLs during uploads and at random times, then every link is checked
          --url URL          target a running server instead of starting one (not with --faults)
          --server-pid PID   with --url: the server's process, for CPU and RSS
          --nice-browsers    run Chromium at nice 10, so the server comes first on a machine both share
          --published DIR    reuse a `dotnet publish` output of src/ScalingDashboard.Web
          --summary FILE     JSON summary (default loadtest-summary.json, or faulttest-summary.json)
        """;

    public static LoadTestOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadTestOptions();
        var summaryGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            summaryGiven |= args[i] == "--summary";
            options = args[i] switch
            {
                "--sessions" => options with { Sessions = int.Parse(Value(), CultureInfo.InvariantCulture) is var n and >= 0 ? n : throw new ArgumentException("--sessions takes 0 or more.") },
                "--protocol-sessions" => options with { ProtocolSessions = PositiveInt(Value()) },
                "--minutes" => options with { Minutes = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--heavy" => options with { Heavy = true },
                "--nice-browsers" => options with { NiceBrowsers = true },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--think-ms" => options with { ThinkMilliseconds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--moves" => options with { SliderMovesPerVisit = PositiveInt(Value()) },
                "--idle-seconds" => options with { IdleSeconds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--faults" => options with { Faults = PositiveInt(Value()) },
                "--url" => options with { Url = new Uri(Value()) },
                "--server-pid" => options with { ServerPid = PositiveInt(Value()) },
                "--published" => options with { Published = Value() },
                "--summary" => options with { SummaryPath = Value() },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.Faults == 0 && options.AllSessions == 0)
        {
            throw new ArgumentException("No sessions: give --sessions or --protocol-sessions.");
        }

        if (options.Faults > 0 && options.Url is not null)
        {
            throw new ArgumentException("--faults kills and restarts the server itself: it cannot target --url.");
        }

        return options.Faults > 0 && !summaryGiven ? options with { SummaryPath = "faulttest-summary.json" } : options;
    }

    private static int PositiveInt(string text) =>
        int.Parse(text, CultureInfo.InvariantCulture) is var n and > 0 ? n : throw new ArgumentException($"{text} is not a positive number.");
}
