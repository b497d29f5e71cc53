using System.Text.Json;
using Microsoft.JSInterop;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// The datasets this browser uploaded, with the owner key of each, kept in its localStorage. The server lists only
/// examples to everyone; a person sees their own uploads here, and anyone else reaches one only through a link, which
/// reads but cannot change or delete (that needs the key, which only this list holds).
/// </summary>
/// <remarks>
/// Stored as a JSON array of <c>{"id": ..., "key": ...}</c>. Lists written before owner keys were plain id strings; they
/// are still read, without keys.
/// </remarks>
public sealed class BrowserDatasetHistory(IJSRuntime js)
{
    private const string StorageKey = "scalingDashboard.datasets";
    private const string UploaderStorageKey = "scalingDashboard.uploader";
    private const int MaxEntries = 50;
    private string? _uploader;

    /// <summary>The ids, newest first.</summary>
    public async Task<IReadOnlyList<string>> GetAsync() => (await GetEntriesAsync()).Select(e => e.Id).ToList();

    /// <summary>The owner key this browser holds for <paramref name="id"/>; null when it holds none.</summary>
    public async Task<string?> KeyOfAsync(string id) => (await GetEntriesAsync()).FirstOrDefault(e => e.Id == id)?.Key;

    /// <summary>
    /// This browser's uploader token, made on first use and kept in its storage: the store totals uploads by it (only
    /// its hash is kept there). Where storage is refused, the token lasts as long as this page.
    /// </summary>
    public async Task<string> UploaderTokenAsync()
    {
        if (_uploader is not null)
        {
            return _uploader;
        }

        try
        {
            var stored = await js.InvokeAsync<string?>("localStorage.getItem", UploaderStorageKey);
            if (stored is { Length: >= 16 } && DatasetIds.IsWellFormed(stored))
            {
                return _uploader = stored;
            }

            _uploader = DatasetIds.RandomToken(16);
            await js.InvokeVoidAsync("localStorage.setItem", UploaderStorageKey, _uploader);
        }
        catch (JSException)
        {
            _uploader ??= DatasetIds.RandomToken(16);
        }

        return _uploader;
    }

    public async Task AddAsync(NewUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var entries = (await GetEntriesAsync()).Where(e => e.Id != upload.Id).Prepend(new Entry(upload.Id, upload.OwnerKey)).Take(MaxEntries).ToList();
        await SaveAsync(entries);
    }

    public async Task RemoveAsync(string id)
    {
        var entries = (await GetEntriesAsync()).Where(e => e.Id != id).ToList();
        await SaveAsync(entries);
    }

    private async Task<IReadOnlyList<Entry>> GetEntriesAsync()
    {
        try
        {
            var json = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
            return string.IsNullOrEmpty(json) ? [] : Parse(json);
        }
        catch (JSException)
        {
            return [];
        }
    }

    /// <summary>Whatever the browser holds, read leniently: an entry that is not a well-formed id is skipped.</summary>
    internal static IReadOnlyList<Entry> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var entries = new List<Entry>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var (id, key) = item.ValueKind switch
                {
                    JsonValueKind.String => (item.GetString(), null),
                    JsonValueKind.Object => (Text(item, "id"), Text(item, "key")),
                    _ => (null, null),
                };
                if (DatasetIds.IsWellFormed(id) && entries.All(e => e.Id != id))
                {
                    entries.Add(new Entry(id!, key));
                }
            }

            return entries;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task SaveAsync(List<Entry> entries)
    {
        try
        {
            var json = JsonSerializer.Serialize(entries.Select(e => new Dictionary<string, string?> { ["id"] = e.Id, ["key"] = e.Key }));
            await js.InvokeVoidAsync("localStorage.setItem", StorageKey, json);
        }
        catch (JSException)
        {
            // Private browsing can refuse storage; the datasets are still reachable (read-only) through their links.
        }
    }

    internal sealed record Entry(string Id, string? Key);
}
