using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Presentation mode for one browser tab: whether it is on, the slides (pinned Explorer views, kept in the browser's
/// localStorage) and which one is showing. The layout hides navigation while presenting; arrow keys step slides.
/// </summary>
public sealed class PresentationService(DashboardInterop interop, NavigationManager navigation)
{
    private const string StorageKey = "scalingDashboard.slides";
    private List<Slide> _slides = [];
    private bool _loaded;

    public event Action? Changed;

    public bool IsPresenting { get; private set; }

    public int CurrentIndex { get; private set; } = -1;

    public IReadOnlyList<Slide> Slides => _slides;

    public async Task LoadAsync()
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        var json = await interop.GetItemAsync(StorageKey);
        try
        {
            _slides = string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<Slide>>(json) ?? [];
        }
        catch (JsonException)
        {
            _slides = [];
        }

        Changed?.Invoke();
    }

    public async Task PinAsync(string title, string url)
    {
        _slides.Add(new Slide(title, url));
        await SaveAsync();
    }

    public async Task RemoveAsync(int index)
    {
        if (index >= 0 && index < _slides.Count)
        {
            _slides.RemoveAt(index);
            CurrentIndex = Math.Min(CurrentIndex, _slides.Count - 1);
            await SaveAsync();
        }
    }

    public void Start()
    {
        IsPresenting = true;
        if (_slides.Count > 0)
        {
            Show(Math.Max(CurrentIndex, 0));
        }

        Changed?.Invoke();
    }

    public void Stop()
    {
        IsPresenting = false;
        Changed?.Invoke();
    }

    public void Toggle()
    {
        if (IsPresenting)
        {
            Stop();
        }
        else
        {
            Start();
        }
    }

    public void Next() => Show(CurrentIndex + 1);

    public void Previous() => Show(CurrentIndex - 1);

    public void Show(int index)
    {
        if (index < 0 || index >= _slides.Count)
        {
            return;
        }

        CurrentIndex = index;
        navigation.NavigateTo(_slides[index].Url);
        Changed?.Invoke();
    }

    /// <summary>Called from the browser's key handler.</summary>
    [JSInvokable]
    public void OnPresentationKey(string action)
    {
        switch (action)
        {
            case "toggle": Toggle(); break;
            case "next" when IsPresenting: Next(); break;
            case "previous" when IsPresenting: Previous(); break;
            case "exit" when IsPresenting: Stop(); break;
        }
    }

    private async Task SaveAsync()
    {
        await interop.SetItemAsync(StorageKey, JsonSerializer.Serialize(_slides));
        Changed?.Invoke();
    }
}
