using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ScalingDashboard.LoadTest.Protocol;

/// <summary>A JavaScript call the server asked the browser to make.</summary>
internal sealed record JsCall(string Identifier, string ArgsJson, long Timestamp);

/// <summary>
/// One page of the dashboard as a browser holds it, without a browser: the prerendered HTML is fetched, the circuit is
/// started over Blazor's own hub protocol with the page's component markers, every render batch is acknowledged and
/// read for the elements it adds, and every JavaScript call the server makes is answered the way the page's scripts
/// would (localStorage from an in-memory store, modules and files as object references, visibility as "on screen",
/// navigations reported back). Clicks and typing are dispatched as the browser's event dispatcher does. What it does
/// not do is draw: a protocol session costs the machine a few milliseconds of CPU where Chromium costs a quarter core.
/// </summary>
internal sealed partial class BlazorCircuit : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _storage;
    private readonly Action<string, string> _trouble;
    private readonly ConcurrentDictionary<long, byte[]> _files = new();
    private readonly ConcurrentDictionary<string, long> _drawn = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<(bool Ok, string Result)>> _dotNetCalls = new();
    private readonly List<(Func<JsCall, bool> Match, TaskCompletionSource<JsCall> Seen)> _watchers = [];
    private readonly Lock _lock = new();
    private long _nextObjectId;
    private long _nextCallId;
    private long _rendererInterop = -1;
    private long _inputFileRelay = -1;
    private string? _circuitId;
    private volatile bool _closed;

    // Set once this side starts closing: what the server says while it tears the circuit down (its components'
    // disposal calls into a browser that has gone) reaches no page in a real browser either.
    private volatile bool _closing;

    private BlazorCircuit(HubConnection hub, HttpClient http, Uri pageUrl, Dictionary<string, string> storage, Action<string, string> trouble)
    {
        _hub = hub;
        _http = http;
        PageUrl = pageUrl;
        _storage = storage;
        _trouble = trouble;
    }

    public Uri PageUrl { get; private set; }

    public PageElements Elements { get; } = new();

    /// <summary>Told of every JavaScript call, for a look at what a page asks of the browser.</summary>
    public Action<JsCall>? Called { get; set; }

    /// <summary>Whether Plotly has been asked to draw the plot with element id <paramref name="plotId"/>.</summary>
    public bool HasDrawn(string plotId) => _drawn.ContainsKey(plotId);

    /// <summary>The first argument of a call when it is a string (Plotly's calls name their plot's element id first).</summary>
    public static string? FirstString(string argsJson)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(argsJson.Length > 256 ? argsJson[..256] : argsJson),
            isFinalBlock: false, state: default);
        return reader.Read() && reader.TokenType == JsonTokenType.StartArray && reader.Read() && reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : null;
    }

    /// <summary>The last address the server navigated to.</summary>
    public string? NavigatedTo { get; private set; }

    /// <summary>Opens <paramref name="path"/> as a browser tab would: GET, then a circuit for the page's components.</summary>
    /// <param name="storage">The person's localStorage, shared by their pages.</param>
    public static async Task<BlazorCircuit> OpenAsync(HttpClient http, string path, Dictionary<string, string> storage,
        Action<string, string> trouble, CancellationToken cancellationToken)
    {
        var html = await http.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var markers = ServerMarker().Matches(html).Select(m => m.Groups[1].Value)
            .Where(json => json.Contains("\"descriptor\"", StringComparison.Ordinal)).ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"{path} holds no interactive component marker.");
        }

        var state = PersistedState().Match(html) is { Success: true } m ? m.Groups[1].Value : "";
        var baseUrl = http.BaseAddress!;
        var pageUrl = new Uri(baseUrl, path);
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "_blazor"), HttpTransportType.WebSockets, options => options.SkipNegotiation = true);
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var circuit = new BlazorCircuit(builder.Build(), http, pageUrl, storage, trouble);
        try
        {
            circuit.Listen();
            await circuit._hub.StartAsync(cancellationToken);
            circuit._circuitId = await circuit._hub.InvokeAsync<string>("StartCircuit", baseUrl.ToString(), pageUrl.ToString(), "[]", state, cancellationToken);
            if (string.IsNullOrEmpty(circuit._circuitId))
            {
                throw new InvalidOperationException($"The server refused to start a circuit for {path}.");
            }

            var operations = markers.Select((marker, i) => FormattableString.Invariant($$"""{"type":"add","ssrComponentId":{{i + 1}},"marker":{{marker}}}"""));
            await circuit._hub.SendAsync("UpdateRootComponents", $$"""{"batchId":1,"operations":[{{string.Join(',', operations)}}]}""", state, cancellationToken);
            return circuit;
        }
        catch
        {
            // A page that did not open holds a connection all the same: close it before the caller counts the failure.
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>Resolves with the first JavaScript call from now on that <paramref name="match"/> accepts.</summary>
    public Task<JsCall> WatchAsync(Func<JsCall, bool> match)
    {
        var seen = new TaskCompletionSource<JsCall>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _watchers.Add((match, seen));
        }

        return seen.Task;
    }

    /// <summary>Polls the page's elements until <paramref name="find"/> finds one, as a person waits for a control.</summary>
    public async Task<RenderedElement> WaitForAsync(Func<PageElements, RenderedElement?> find, string what, TimeSpan timeout)
    {
        RenderedElement? found = null;
        await WaitUntilAsync(() => (found = find(Elements)) is not null, what, timeout);
        return found!;
    }

    /// <summary>Polls <paramref name="condition"/> every 25 ms: what the page shows changes only as batches arrive.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (_closed)
            {
                throw new InvalidOperationException($"The circuit closed while waiting for {what}.");
            }

            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"No {what} within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Dispatches a browser event to <paramref name="handlerId"/> and waits until the server has run the handler.</summary>
    public async Task DispatchAsync(ulong handlerId, string eventName, string eventArgsJson, TimeSpan timeout)
    {
        if (_rendererInterop < 0)
        {
            throw new InvalidOperationException("The renderer has not attached its event dispatcher yet.");
        }

        var descriptor = FormattableString.Invariant($$"""{"eventHandlerId":{{handlerId}},"eventName":"{{eventName}}","eventFieldInfo":null}""");
        var (ok, result) = await InvokeDotNetAsync(null, "DispatchEventAsync", _rendererInterop, $"[{descriptor},{eventArgsJson}]", timeout);
        if (!ok)
        {
            throw new InvalidOperationException($"The server failed the {eventName} event: {result}");
        }
    }

    /// <summary>Chooses <paramref name="content"/> as the file of the page's file input and streams it as the browser does.</summary>
    public async Task ChooseFileAsync(string name, byte[] content, TimeSpan timeout)
    {
        await WaitUntilAsync(() => Interlocked.Read(ref _inputFileRelay) >= 0, "file input", timeout);

        var fileId = Interlocked.Increment(ref _nextObjectId);
        _files[fileId] = content;
        var modified = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var file = JsonSerializer.Serialize(new { id = fileId, lastModified = modified, name, size = content.Length, contentType = "text/csv" });
        // The change handler runs until the person has confirmed the column roles, so its end is not awaited here;
        // a failure is still reported.
        _ = InvokeDotNetAsync(null, "NotifyChange", _inputFileRelay, $"[[{file}]]", TimeSpan.FromMinutes(5)).ContinueWith(t =>
        {
            if (!_closed && (t.IsFaulted || !t.Result.Ok))
            {
                _trouble("upload-failed", t.IsFaulted ? t.Exception!.GetBaseException().Message : t.Result.Result);
            }
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Closes the page as a tab does: the disconnect beacon goes out and the connection closes with the page.
    /// The beacon's answer is waited for a moment only: the server answers once the circuit is disposed, and a disposal
    /// that calls into the page (a plot that stops watching its visibility) waits for the JS interop timeout when the
    /// page has gone, which no person sees. Not waiting at all would let the session's HTTP client cancel the beacon,
    /// leaving the circuit retained for minutes as if the network had dropped.</summary>
    public async ValueTask DisposeAsync()
    {
        _closing = true;
        Task? beacon = null;
        if (_circuitId is not null && !_closed)
        {
            var form = new FormUrlEncodedContent([new("circuitId", _circuitId)]);
            beacon = _http.PostAsync(new Uri("_blazor/disconnect", UriKind.Relative), form).ContinueWith(t =>
            {
                form.Dispose();
                if (t.IsCompletedSuccessfully)
                {
                    t.Result.Dispose();
                }
            }, TaskScheduler.Default);
        }

        _closed = true;
        await _hub.DisposeAsync();
        if (beacon is not null)
        {
            await Task.WhenAny(beacon, Task.Delay(TimeSpan.FromSeconds(2)));
        }
    }

    private async Task<(bool Ok, string Result)> InvokeDotNetAsync(string? assembly, string method, long objectId, string argsJson, TimeSpan timeout)
    {
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<(bool, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        _dotNetCalls[callId] = done;
        await _hub.SendAsync("BeginInvokeDotNetFromJS", callId, assembly, method, objectId, argsJson);
        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            _dotNetCalls.TryRemove(callId, out _);
            throw new TimeoutException($"{method} did not finish within {timeout.TotalSeconds:0} s.");
        }
    }

    private void Listen()
    {
        _hub.On("JS.RenderBatch", [typeof(long), typeof(byte[])], async (args, _) =>
        {
            var batchId = (long)args[0]!;
            string? error = null;
            try
            {
                Elements.Apply(RenderBatch.Read((byte[])args[1]!));
            }
            catch (Exception ex) when (ex is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
                error = ex.Message;
                _trouble("render-batch", ex.Message);
            }

            await _hub.SendAsync("OnRenderCompleted", batchId, error);
        }, this);
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            (args, _) => AnswerJsAsync((long)args[0]!, (string)args[1]!, (string)args[2]!, (int)args[3]!), this);
        _hub.On("JS.EndInvokeDotNet", [typeof(string), typeof(bool), typeof(string)], (args, _) =>
        {
            if (_dotNetCalls.TryRemove((string)args[0]!, out var call))
            {
                call.TrySetResult(((bool)args[1]!, (string?)args[2] ?? ""));
            }

            return Task.CompletedTask;
        }, this);
        _hub.On("JS.Error", [typeof(string)], (args, _) =>
        {
            if (!_closing)
            {
                _trouble("circuit-error", $"{PageUrl.PathAndQuery}: {args[0]}");
            }

            return Task.CompletedTask;
        }, this);
        _hub.Closed += error =>
        {
            if (!_closed && !_closing)
            {
                _trouble("connection-lost", $"{PageUrl.PathAndQuery}: {error?.Message ?? "closed by the server"}");
            }

            _closed = true;
            foreach (var call in _dotNetCalls.Values)
            {
                call.TrySetResult((false, "connection closed"));
            }

            return Task.CompletedTask;
        };
    }

    private async Task AnswerJsAsync(long handle, string identifier, string argsJson, int resultType)
    {
        var call = new JsCall(identifier, argsJson, Stopwatch.GetTimestamp());
        Called?.Invoke(call);
        if (identifier is "newPlot" or "react" && FirstString(argsJson) is { } plotId)
        {
            _drawn[plotId] = call.Timestamp;
        }

        lock (_lock)
        {
            for (var i = _watchers.Count - 1; i >= 0; i--)
            {
                if (_watchers[i].Match(call))
                {
                    _watchers[i].Seen.TrySetResult(call);
                    _watchers.RemoveAt(i);
                }
            }
        }

        string result;
        try
        {
            result = Answer(identifier, argsJson, resultType);
        }
        catch (JsonException ex)
        {
            _trouble("bad-js-call", $"{identifier}: {ex.Message}");
            result = "null";
        }

        if (handle != 0)
        {
            var json = string.Create(CultureInfo.InvariantCulture, $"[{handle},true,{result}]");
            await _hub.SendAsync("EndInvokeJSFromDotNet", handle, true, json);
        }
    }

    /// <summary>What the page's scripts would return, as JSON.</summary>
    private string Answer(string identifier, string argsJson, int resultType)
    {
        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                _rendererInterop = DotNetObject(argsJson, 1);
                return "null";
            case "Blazor._internal.InputFile.init":
                _inputFileRelay = DotNetObject(argsJson, 0);
                return "null";
            case "Blazor._internal.InputFile.readFileData":
            {
                using var args = JsonDocument.Parse(argsJson);
                var fileId = args.RootElement[1].GetInt64();
                var length = _files.TryGetValue(fileId, out var bytes) ? bytes.Length : 0;
                return FormattableString.Invariant($$"""{"__jsObjectId":{{fileId}},"__jsStreamReferenceLength":{{length}}}""");
            }

            case "Blazor._internal.sendJSDataStream":
            {
                using var args = JsonDocument.Parse(argsJson);
                var fileId = args.RootElement[0].GetProperty("__jsObjectId").GetInt64();
                _ = SendFileAsync(fileId, args.RootElement[1].GetInt64(), args.RootElement[2].GetInt32());
                return "null";
            }

            case "Blazor._internal.navigationManager.navigateTo":
            {
                using var args = JsonDocument.Parse(argsJson);
                var target = new Uri(PageUrl, args.RootElement[0].GetString());
                NavigatedTo = target.ToString();
                PageUrl = target;
                _ = _hub.SendAsync("OnLocationChanged", target.ToString(), null, false);
                return "null";
            }

            case "observeVisibility":
            {
                // Every plot counts as on screen: the server then ships every redraw, more work than a real tab.
                var target = DotNetObject(argsJson, 1);
                _ = InvokeDotNetAsync(null, "OnVisibilityChanged", target, "[true]", TimeSpan.FromSeconds(60));
                return "null";
            }

            case "localStorage.getItem" or "getItem":
            {
                using var args = JsonDocument.Parse(argsJson);
                lock (_storage)
                {
                    return _storage.TryGetValue(args.RootElement[0].GetString() ?? "", out var value) ? JsonSerializer.Serialize(value) : "null";
                }
            }

            case "localStorage.setItem" or "setItem":
            {
                using var args = JsonDocument.Parse(argsJson);
                lock (_storage)
                {
                    _storage[args.RootElement[0].GetString() ?? ""] = args.RootElement[1].GetString() ?? "";
                }

                return "null";
            }

            case "downloadPlot" or "downloadSvg" or "copyText":
                return "true";
        }

        // A module or object (Plotly's, MudBlazor's, the dashboard's): a new reference; anything else: nothing.
        return resultType == 1
            ? FormattableString.Invariant($$"""{"__jsObjectId":{{Interlocked.Increment(ref _nextObjectId)}}}""")
            : "null";
    }

    private async Task SendFileAsync(long fileId, long streamId, int chunkSize)
    {
        try
        {
            var bytes = _files.TryRemove(fileId, out var b) ? b : [];
            var chunk = 0L;
            for (var at = 0; at < bytes.Length; at += chunkSize, chunk++)
            {
                var part = bytes.AsSpan(at, Math.Min(chunkSize, bytes.Length - at)).ToArray();
                if (!await _hub.InvokeAsync<bool>("ReceiveJSDataChunk", streamId, chunk, part, (string?)null))
                {
                    _trouble("upload-stream", $"the server refused chunk {chunk} of the file");
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or HubException or TaskCanceledException)
        {
            _trouble("upload-stream", ex.Message);
        }
    }

    private static long DotNetObject(string argsJson, int index)
    {
        using var args = JsonDocument.Parse(argsJson);
        return args.RootElement[index].GetProperty("__dotNetObject").GetInt64();
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex ServerMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex PersistedState();
}
