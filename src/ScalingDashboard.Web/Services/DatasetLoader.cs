using Microsoft.Extensions.Options;
using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Finds a dataset in the store and reads it into a leaderboard with the roles the user chose, keeping the last
/// <see cref="DashboardOptions.DatasetsInMemory"/> read in memory, shared by every page and browser: a link opened in
/// ten tabs holds one copy, not ten, and opens without re-reading the file. The least recently used is evicted (and read
/// again from the store when asked for), also while the files held add up to more than
/// <see cref="DashboardOptions.DatasetCacheMegabytes"/> (the newest is always kept: the page using it holds it
/// anyway). A copy is used only while the store still holds the same roles for it, so an owner's role change or a
/// deletion is seen at once.
/// </summary>
public sealed class DatasetLoader
{
    // A read of a table this large leaves tens of megabytes of garbage (see MemoryTrimmer).
    private const long LargeSourceChars = 1024 * 1024;

    private static readonly TimeSpan MarkOpenedEvery = TimeSpan.FromHours(1);

    private readonly IDatasetStore _store;
    private readonly DashboardOptions _options;
    private readonly MemoryTrimmer _trimmer;
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly long _capacityChars;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _clock;

    public DatasetLoader(IDatasetStore store, IOptions<DashboardOptions> options, MemoryTrimmer trimmer, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(trimmer);
        _store = store;
        _trimmer = trimmer;
        _time = time ?? TimeProvider.System;
        _options = options.Value;
        _capacity = Math.Max(1, options.Value.DatasetsInMemory);
        _capacityChars = (long)(Math.Max(0, options.Value.DatasetCacheMegabytes) * 1024 * 1024);
    }

    /// <summary>How many datasets are held in memory now (for tests and diagnostics).</summary>
    public int InMemory
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public LoadedDataset? Load(string? id)
    {
        var roles = _store.RolesVersion(id);
        if (roles is null)
        {
            Forget(id);
            return null;
        }

        if (Cached(id!, roles) is { } cached)
        {
            return cached;
        }

        // Read outside the lock: a large file takes a while, and other datasets need not wait for it.
        var stored = _store.Find(id);
        if (stored is null)
        {
            Forget(id);
            return null;
        }

        var opened = _time.GetUtcNow();
        _store.MarkOpened(stored.Id, opened);
        var loaded = LoadedDataset.Read(stored, _options);
        var evicted = false;
        lock (_lock)
        {
            _entries[stored.Id] = new Entry(roles, loaded) { LastUse = ++_clock, MarkedOpen = opened };
            while (_entries.Count > 1 && (_entries.Count > _capacity || _entries.Values.Sum(e => e.Dataset.SourceChars) > _capacityChars))
            {
                _entries.Remove(_entries.MinBy(e => e.Value.LastUse).Key);
                evicted = true;
            }
        }

        if (evicted || loaded.SourceChars >= LargeSourceChars)
        {
            _trimmer.Request();
        }

        return loaded;
    }

    /// <summary>
    /// The copy in memory when it was read with these roles, or null. An open is written to the store (for expiry of
    /// unused uploads) at most once per <see cref="MarkOpenedEvery"/> per dataset, not on every page view.
    /// </summary>
    private LoadedDataset? Cached(string id, string roles)
    {
        var now = _time.GetUtcNow();
        LoadedDataset dataset;
        lock (_lock)
        {
            if (!_entries.TryGetValue(id, out var entry) || !string.Equals(entry.Roles, roles, StringComparison.Ordinal))
            {
                return null;
            }

            entry.LastUse = ++_clock;
            dataset = entry.Dataset;
            if (now - entry.MarkedOpen < MarkOpenedEvery)
            {
                return dataset;
            }

            entry.MarkedOpen = now;
        }

        _store.MarkOpened(id, now);
        return dataset;
    }

    private void Forget(string? id)
    {
        if (id is null)
        {
            return;
        }

        lock (_lock)
        {
            _entries.Remove(id);
        }
    }

    private sealed class Entry(string roles, LoadedDataset dataset)
    {
        public string Roles { get; } = roles;

        public LoadedDataset Dataset { get; } = dataset;

        public long LastUse { get; set; }

        public DateTimeOffset MarkedOpen { get; set; }
    }
}
