using System.Runtime.Versioning;
using ScalingDashboard.LoadTest;

// Load and fault test of the real app (issue 13, point 3): run on demand, never by `dotnet test`.
//   dotnet run -c Release --project tests/ScalingDashboard.LoadTest -- --sessions 50 --minutes 5 [--heavy]
//   dotnet run -c Release --project tests/ScalingDashboard.LoadTest -- --faults 10
// Linux only: CPU and memory come from /proc, kills are kill -9.
[assembly: SupportedOSPlatform("linux")]

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(LoadTestOptions.Usage);
    return 0;
}

if (args is ["--probe", var probeUrl, var probePath])
{
    if (!Uri.TryCreate(probeUrl, UriKind.Absolute, out var probeBase) || !probePath.StartsWith('/'))
    {
        Console.Error.WriteLine("--probe takes a server address (http://host:port/) and a page path starting with /.");
        return 2;
    }

    return await ScalingDashboard.LoadTest.Protocol.ProtocolProbe.RunAsync(probeBase, probePath);
}

LoadTestOptions options;
try
{
    options = LoadTestOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or UriFormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(LoadTestOptions.Usage);
    return 2;
}

return options.Faults > 0 ? await FaultRun.RunAsync(options) : await LoadRun.RunAsync(options);
