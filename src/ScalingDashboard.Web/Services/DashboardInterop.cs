using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// The only C# that calls the dashboard's own JavaScript (wwwroot/js/dashboard.js), imported once per circuit as a
/// module. Calls made before the browser is connected (prerendering) or after it has gone are swallowed: they are
/// conveniences (a download, a copied link), never something the page's state depends on.
/// </summary>
public sealed class DashboardInterop(IJSRuntime js) : IAsyncDisposable
{
    private Task<IJSObjectReference>? _module;

    private Task<IJSObjectReference> Module => _module ??= js.InvokeAsync<IJSObjectReference>("import", "./js/dashboard.js").AsTask();

    public Task<bool> DownloadTextAsync(string fileName, string mimeType, string text) =>
        CallAsync(m => m.InvokeVoidAsync("downloadText", fileName, mimeType, text).AsTask());

    public async Task<bool> DownloadPlotAsync(string containerSelector, string format, string fileName)
    {
        try
        {
            return await (await Module).InvokeAsync<bool>("downloadPlot", containerSelector, format, fileName);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Saves SVG text drawn on the server as an SVG file or, with format "png", rasterised at 2x.</summary>
    public async Task<bool> DownloadSvgAsync(string fileName, string svgText, string format)
    {
        try
        {
            return await (await Module).InvokeAsync<bool>("downloadSvg", fileName, svgText, format);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException or InvalidOperationException)
        {
            return false;
        }
    }

    public async Task<bool> CopyTextAsync(string text)
    {
        try
        {
            return await (await Module).InvokeAsync<bool>("copyText", text);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            return false;
        }
    }

    public Task<bool> ListenForPresentationKeysAsync<T>(DotNetObjectReference<T> target)
        where T : class =>
        CallAsync(m => m.InvokeVoidAsync("listenForPresentationKeys", target).AsTask());

    /// <summary>Tells <paramref name="target"/>'s <c>OnVisibilityChanged(bool)</c> when a tenth or more of <paramref name="element"/> comes on screen, or less remains.</summary>
    public Task<bool> ObserveVisibilityAsync<T>(ElementReference element, DotNetObjectReference<T> target)
        where T : class =>
        CallAsync(m => m.InvokeVoidAsync("observeVisibility", element, target).AsTask());

    public Task<bool> UnobserveVisibilityAsync(ElementReference element) =>
        CallAsync(m => m.InvokeVoidAsync("unobserveVisibility", element).AsTask());

    public async Task<string?> GetItemAsync(string key)
    {
        try
        {
            return await (await Module).InvokeAsync<string?>("getItem", key);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            return null;
        }
    }

    public Task<bool> SetItemAsync(string key, string value) => CallAsync(m => m.InvokeVoidAsync("setItem", key, value).AsTask());

    private async Task<bool> CallAsync(Func<IJSObjectReference, Task> call)
    {
        try
        {
            await call(await Module);
            return true;
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is { IsCompletedSuccessfully: true })
        {
            try
            {
                await _module.Result.InvokeVoidAsync("stopListening");
                await _module.Result.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone; nothing to clean up there.
            }
        }
    }
}
