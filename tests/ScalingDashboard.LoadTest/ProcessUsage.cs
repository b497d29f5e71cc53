using System.Globalization;

namespace ScalingDashboard.LoadTest;

/// <summary>CPU time and resident memory of processes, read from /proc (Linux only).</summary>
internal static class ProcessUsage
{
    /// <summary>USER_HZ: the unit of utime and stime in /proc/PID/stat; 100 on every Linux build we run on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>CPU seconds (user + system) used so far by the process, or null when it is gone.</summary>
    public static double? CpuSeconds(int pid)
    {
        var fields = StatFields(pid);
        return fields is null ? null : (Tick(fields, 14) + Tick(fields, 15)) / TicksPerSecond;
    }

    /// <summary>Resident set size in MiB (VmRSS), or null when the process is gone.</summary>
    public static double? ResidentMegabytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>This process and every descendant except the subtree of <paramref name="excluded"/>: the load generator
    /// (this .NET process, Playwright's driver and Chromium with its renderers).</summary>
    public static IReadOnlyList<int> GeneratorProcesses(int? excluded)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && StatFields(pid) is { } fields)
            {
                parents[pid] = int.Parse(fields[4], CultureInfo.InvariantCulture);
            }
        }

        var self = Environment.ProcessId;
        return parents.Keys.Where(pid => pid != excluded && DescendsFrom(pid, self, excluded, parents)).ToList();
    }

    private static bool DescendsFrom(int pid, int root, int? excluded, Dictionary<int, int> parents)
    {
        for (var current = pid; current > 1; current = parents.GetValueOrDefault(current))
        {
            if (current == excluded)
            {
                return false;
            }

            if (current == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fields of /proc/PID/stat, numbered as in proc(5) (1 = pid); the command name may hold spaces, so
    /// the fields after it are split from its closing parenthesis.</summary>
    private static string[]? StatFields(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        var close = text.LastIndexOf(')');
        var rest = text[(close + 2)..].Split(' ');
        // Index 0 unused, 1 = pid, 2 = comm, 3 = state, ...
        return ["", "", "", .. rest];
    }

    private static double Tick(string[] fields, int number) => double.Parse(fields[number], CultureInfo.InvariantCulture);
}
