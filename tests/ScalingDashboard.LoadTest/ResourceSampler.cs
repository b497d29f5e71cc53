using System.Globalization;

namespace ScalingDashboard.LoadTest;

/// <summary>
/// Samples once a second, in the background: the server's CPU and RSS, the load generator's CPU (this process,
/// Playwright and Chromium), and the machine's load average, so the report can say how much of the 2 cores the
/// browsers themselves took from the server.
/// </summary>
internal sealed class ResourceSampler : IAsyncDisposable
{
    private readonly Func<int?> _serverPid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Dictionary<int, double> _generatorCpu = [];
    private readonly object _gate = new();
    private double _generatorSeconds;
    private double _serverSeconds;
    private double? _serverLastCpu;
    private int? _serverLastPid;
    private double _peakLoad;

    public ResourceSampler(Func<int?> serverPid)
    {
        _serverPid = serverPid;
        StartRss = Rss();
        PeakRss = StartRss ?? 0;
        // The first sample is the baseline: CPU used before it (start-up, publishing) is not the run's.
        Sample();
        _loop = Task.Run(LoopAsync);
    }

    public double? StartRss { get; }

    public double PeakRss { get; private set; }

    public double PeakLoadAverage => _peakLoad;

    /// <summary>Opens a window over which CPU shares are measured (e.g. the sessions' run, the idle after it).</summary>
    public CpuWindow Begin()
    {
        lock (_gate)
        {
            return new CpuWindow(this, DateTime.UtcNow, _serverSeconds, _generatorSeconds);
        }
    }

    public double? Rss() => _serverPid() is { } pid ? ProcessUsage.ResidentMegabytes(pid) : null;

    public static double LoadAverage()
    {
        var text = File.ReadAllText("/proc/loadavg");
        return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Sample();
            await Task.Delay(1000, _stop.Token);
        }
    }

    private void Sample()
    {
        var pid = _serverPid();
        var generator = ProcessUsage.GeneratorProcesses(pid);
        lock (_gate)
        {
            if (pid is { } server && ProcessUsage.CpuSeconds(server) is { } cpu)
            {
                // A restarted server starts its count at zero again.
                _serverSeconds += _serverLastPid == server && _serverLastCpu is { } last ? Math.Max(0, cpu - last) : 0;
                _serverLastCpu = cpu;
                _serverLastPid = server;
                PeakRss = Math.Max(PeakRss, ProcessUsage.ResidentMegabytes(server) ?? 0);
            }

            foreach (var process in generator)
            {
                if (ProcessUsage.CpuSeconds(process) is { } seconds)
                {
                    // A process seen for the first time counts from its start: Chromium's renderers come and go.
                    _generatorSeconds += seconds - _generatorCpu.GetValueOrDefault(process);
                    _generatorCpu[process] = seconds;
                }
            }

            _peakLoad = Math.Max(_peakLoad, LoadAverage());
        }
    }

    /// <summary>CPU used by the server and by the load generator since a moment, as a share of one core.</summary>
    internal sealed class CpuWindow(ResourceSampler sampler, DateTime start, double serverStart, double generatorStart)
    {
        public (double ServerPercent, double GeneratorPercent, double Seconds) End()
        {
            sampler.Sample();
            lock (sampler._gate)
            {
                var seconds = (DateTime.UtcNow - start).TotalSeconds;
                return (100 * (sampler._serverSeconds - serverStart) / seconds, 100 * (sampler._generatorSeconds - generatorStart) / seconds, seconds);
            }
        }
    }
}
