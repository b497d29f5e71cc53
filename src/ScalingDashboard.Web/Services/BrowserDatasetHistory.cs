using System.Text.Json;
using Microsoft.JSInterop;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// The ids of datasets this browser uploaded, kept in its localStorage. The server lists only examples to everyone;
/// a person sees their own uploads here, and anyone else reaches one only through a link.
/// </summary>
public sealed class BrowserDatasetHistory(IJSRuntime js)
{
    private const string Key = "scalingDashboard.datasets";

    public async Task<IReadOnlyList<string>> GetAsync()
    {
        try
        {
            var json = await js.InvokeAsync<string?>("localStorage.getItem", Key);
            var ids = string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<List<string>>(json);
            return ids?.Where(DatasetIds.IsWellFormed).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
        catch (JSException)
        {
            return [];
        }
    }

    public async Task AddAsync(string id)
    {
        var ids = (await GetAsync()).Where(i => i != id).Prepend(id).Take(50).ToList();
        await SaveAsync(ids);
    }

    public async Task RemoveAsync(string id)
    {
        var ids = (await GetAsync()).Where(i => i != id).ToList();
        await SaveAsync(ids);
    }

    private async Task SaveAsync(List<string> ids)
    {
        try
        {
            await js.InvokeVoidAsync("localStorage.setItem", Key, JsonSerializer.Serialize(ids));
        }
        catch (JSException)
        {
            // Private browsing can refuse storage; the datasets are still reachable through their links.
        }
    }
}
