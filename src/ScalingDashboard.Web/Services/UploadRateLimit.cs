namespace ScalingDashboard.Web.Services;

/// <summary>
/// How many uploads a browser, and the whole server, may start in a minute: a person uploads a file or two, a script
/// hammering the form would fill the store and hold the server busy reading. Counted in this process only: behind a
/// load balancer each instance applies the server's share itself, which is what protects that instance.
/// </summary>
public sealed class UploadRateLimit(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _byBrowser = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _server = new();
    private readonly Lock _lock = new();

    /// <summary>
    /// Counts an upload by <paramref name="browser"/> when both limits allow it and returns null; otherwise counts
    /// nothing and says, in words for the person uploading, which limit was reached and when to try again.
    /// </summary>
    public string? TryStart(string browser, int perBrowser, int perServer)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Expire(_server, now);
            if (!_byBrowser.TryGetValue(browser, out var mine))
            {
                mine = new Queue<DateTimeOffset>();
                _byBrowser[browser] = mine;
            }

            Expire(mine, now);
            if (perBrowser > 0 && mine.Count >= perBrowser)
            {
                return $"This browser has uploaded {Files(mine.Count)} in the last minute, the most allowed; try again in {Wait(mine, now)} s.";
            }

            if (perServer > 0 && _server.Count >= perServer)
            {
                return $"The server has taken {_server.Count} uploads in the last minute, the most it allows; try again in {Wait(_server, now)} s.";
            }

            mine.Enqueue(now);
            _server.Enqueue(now);
            ForgetIdleBrowsers(now);
            return null;
        }
    }

    private static void Expire(Queue<DateTimeOffset> starts, DateTimeOffset now)
    {
        while (starts.Count > 0 && now - starts.Peek() >= Window)
        {
            starts.Dequeue();
        }
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";

    private static int Wait(Queue<DateTimeOffset> starts, DateTimeOffset now) =>
        Math.Max(1, (int)Math.Ceiling((starts.Peek() + Window - now).TotalSeconds));

    /// <summary>Browsers with nothing in the window are dropped, so the table stays as small as the last minute's traffic.</summary>
    private void ForgetIdleBrowsers(DateTimeOffset now)
    {
        if (_byBrowser.Count < 256)
        {
            return;
        }

        foreach (var (browser, starts) in _byBrowser.ToList())
        {
            Expire(starts, now);
            if (starts.Count == 0)
            {
                _byBrowser.Remove(browser);
            }
        }
    }
}
