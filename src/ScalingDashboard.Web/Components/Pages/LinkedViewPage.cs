using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using ScalingDashboard.Core.Analysis.Links;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Components.Pages;

/// <summary>
/// What every analysis page does with its link and its run, written once: the address holds the whole view (the
/// page's spec in its codec's text form), is replaced in place as the user edits, and a link opened or navigated to
/// is applied with its problems listed; the dataset in the link is loaded, or the page's example with a message; the
/// heavy run starts only once the page is interactive, one at a time, with status, Stop and Run. A page supplies its
/// spec type, codec, resolver and service call; its markup shows <see cref="Resolved"/> and <see cref="Result"/>.
/// </summary>
public abstract class LinkedViewPage<TSpec, TResolved, TResult> : ComponentBase, IDisposable
    where TSpec : class
    where TResolved : class
    where TResult : class
{
    private readonly Queue<string> _ownAddresses = new();
    private int _generation;

    [Inject]
    protected IDatasetStore Store { get; set; } = default!;

    [Inject]
    protected DatasetLoader Loader { get; set; } = default!;

    [Inject]
    protected BrowserDatasetHistory History { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected DashboardInterop Interop { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    protected abstract TSpec Spec { get; set; }

    protected TResolved? Resolved { get; private set; }

    protected LoadedDataset? Dataset { get; private set; }

    protected TResult? Result { get; private set; }

    protected IReadOnlyList<string> LinkProblems { get; private set; } = [];

    protected IReadOnlyList<DatasetSummary> Datasets { get; private set; } = [];

    protected AnalysisStatus Status { get; private set; } = AnalysisStatus.Idle;

    protected bool IsInteractive { get; private set; }

    /// <summary>The page's address, e.g. "matrix".</summary>
    protected abstract string Route { get; }

    /// <summary>The example the page opens on, and opens instead of a link's missing dataset.</summary>
    protected abstract string DefaultDatasetId { get; }

    protected abstract LinkParse<TSpec> Parse(string query);

    protected abstract string Format(TSpec spec);

    protected abstract string? DatasetIdOf(TSpec spec);

    protected abstract TSpec WithDataset(TSpec spec, string? datasetId);

    protected abstract TResolved Resolve(Leaderboard table, TSpec spec);

    /// <summary>Whether the resolved view has anything to run (else the page shows the resolver's problems only).</summary>
    protected abstract bool CanRun(TResolved resolved);

    protected abstract Task<TResult?> StartAsync(Leaderboard table, TSpec spec, Action<AnalysisStatus> onStatus);

    protected abstract bool StopRun();

    /// <summary>Reads the link and resolves the view; nothing is computed before the page is interactive.</summary>
    protected override void OnInitialized()
    {
        Datasets = Store.ListExamples();
        Navigation.LocationChanged += OnLocationChanged;
        ApplyUrl();
        if (Resolved is { } resolved && CanRun(resolved))
        {
            Status = new AnalysisStatus(AnalysisPhase.Queued, "starting…");
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            Datasets = [.. Store.ListExamples(), .. Store.FindUploads(await History.GetAsync())];
            if (Dataset is { } open && Datasets.All(d => d.Id != open.Summary.Id))
            {
                Datasets = [.. Datasets, open.Summary];
            }

            IsInteractive = true;
            await RunAsync();
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => InvokeAsync(async () =>
    {
        // Our own replaceState calls come back as events; only a navigation the user made is applied.
        if (_ownAddresses.Contains(e.Location))
        {
            while (_ownAddresses.Dequeue() != e.Location)
            {
            }

            return;
        }

        if (ApplyUrl() && IsInteractive)
        {
            StateHasChanged();
            await RunAsync();
        }
    });

    /// <returns>True when the view changed and needs a run.</returns>
    private bool ApplyUrl()
    {
        if (!Navigation.Uri.Contains("/" + Route, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parsed = Parse(new Uri(Navigation.Uri).Query);
        var spec = parsed.Value;
        if (Dataset is not null && WithDataset(spec, DatasetIdOf(spec) ?? DatasetIdOf(Spec)).Equals(Spec))
        {
            return false;
        }

        var problems = parsed.Problems.ToList();
        Dataset = Loader.Load(DatasetIdOf(spec) ?? DefaultDatasetId);
        if (Dataset is null && DatasetIdOf(spec) is not null)
        {
            problems.Insert(0, "The dataset in this link does not exist (it may have been deleted); showing the example with the rest of the link applied.");
            Dataset = Loader.Load(DefaultDatasetId);
        }

        Dataset ??= Datasets.Count > 0 ? Loader.Load(Datasets[0].Id) : null;
        LinkProblems = problems;
        if (Dataset?.Leaderboard is not { } table)
        {
            return false;
        }

        Spec = WithDataset(spec, Dataset.Summary.Id);
        Resolved = Resolve(table, Spec);
        return true;
    }

    /// <summary>An edit from the page's controls: applied, written into the address, and run.</summary>
    protected async Task ChangeAsync(TSpec next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (next.Equals(Spec))
        {
            return;
        }

        if (DatasetIdOf(next) != DatasetIdOf(Spec))
        {
            var loaded = Loader.Load(DatasetIdOf(next));
            if (loaded?.Leaderboard is null)
            {
                LinkProblems = ["That dataset could not be opened; the current one stays."];
                return;
            }

            Dataset = loaded;
        }

        LinkProblems = [];
        Spec = next;
        Resolved = Resolve(Dataset!.Leaderboard!, Spec);
        var address = ShareUrl();
        _ownAddresses.Enqueue(address);
        while (_ownAddresses.Count > 64)
        {
            _ownAddresses.Dequeue();
        }

        Navigation.NavigateTo(address, replace: true);
        await RunAsync();
    }

    protected string ShareUrl() => Format(Spec) is { Length: > 0 } query
        ? Navigation.ToAbsoluteUri(Route) + "?" + query
        : Navigation.ToAbsoluteUri(Route).ToString();

    protected async Task RunAsync()
    {
        if (Dataset?.Leaderboard is not { } table)
        {
            return;
        }

        var generation = ++_generation;
        Status = new AnalysisStatus(AnalysisPhase.Running, "computing");
        var result = await StartAsync(table, Spec, status => _ = InvokeAsync(() =>
        {
            if (generation == _generation)
            {
                Status = status;
                StateHasChanged();
            }
        }));
        if (result is not null && generation == _generation)
        {
            Result = result;
            Status = AnalysisStatus.Idle;
        }

        StateHasChanged();
    }

    protected void Stop()
    {
        if (StopRun())
        {
            _generation++;
            Status = new AnalysisStatus(AnalysisPhase.Stopped, "Stopped; press Run to compute this view.");
        }
    }

    protected async Task CopyLinkAsync()
    {
        var url = ShareUrl();
        if (await Interop.CopyTextAsync(url))
        {
            Snackbar.Add("Link copied: it opens exactly this view.", Severity.Success);
        }
        else
        {
            Snackbar.Add($"Copy this link: {url}", Severity.Info, o => o.RequireInteraction = true);
        }
    }

    /// <summary>Saves a drawn Plotly figure; says so when it is not drawn yet.</summary>
    protected async Task DownloadPlotAsync(string testId, string format)
    {
        if (!await Interop.DownloadPlotAsync($"[data-testid='{testId}']", format, $"{testId}.{format}"))
        {
            Snackbar.Add("That plot is not drawn yet; try again in a moment.", Severity.Warning);
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _generation = int.MaxValue;
            StopRun();
            Navigation.LocationChanged -= OnLocationChanged;
        }
    }
}
