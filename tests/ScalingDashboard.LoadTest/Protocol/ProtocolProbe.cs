namespace ScalingDashboard.LoadTest.Protocol;

/// <summary>
/// `--probe PATH`: opens one page over the protocol and prints the JavaScript calls it makes and the elements that carry
/// a test id or an event handler: what a protocol session's steps are written against.
/// </summary>
internal static class ProtocolProbe
{
    public static async Task<int> RunAsync(Uri baseUrl, string path)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        var storage = new Dictionary<string, string>(StringComparer.Ordinal);
        var troubles = 0;
        BlazorCircuit opened;
        try
        {
            opened = await BlazorCircuit.OpenAsync(http, path, storage,
                (kind, detail) => { troubles++; Console.WriteLine($"TROUBLE {kind}: {detail}"); }, CancellationToken.None);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            Console.Error.WriteLine($"Could not open {path} on {baseUrl}: {ex.Message}");
            return 2;
        }

        await using var circuit = opened;
        circuit.Called = call => Console.WriteLine($"js {call.Identifier} ({call.ArgsJson.Length} chars)");
        await Task.Delay(TimeSpan.FromSeconds(4));
        foreach (var element in circuit.Elements.All().Where(e => e.Handlers.Count > 0 || e.Attributes.ContainsKey("data-testid")))
        {
            var attributes = string.Join(' ', element.Attributes.Where(a => a.Key is "data-testid" or "type" or "class" or "min" or "max" or "step" or "value")
                .Select(a => $"{a.Key}=\"{Shorten(a.Value)}\""));
            Console.WriteLine($"c{element.ComponentId} <{element.Name} {attributes}> handlers [{string.Join(", ", element.Handlers.Select(h => $"{h.Key}:{h.Value}"))}] text \"{Shorten(string.Join(" | ", element.Texts))}\"");
        }

        return troubles == 0 ? 0 : 1;
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length > 80 ? text[..80] + "..." : text;
}
