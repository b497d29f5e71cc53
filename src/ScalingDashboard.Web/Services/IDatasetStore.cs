using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Services;

/// <summary>
/// Where datasets are kept server-side, keyed by unguessable ids, so a refresh, a second tab, a shared link or another
/// app instance finds them again. The raw text is stored (not the parsed table) so a later, better reader re-reads it.
/// A link gives read access; changing roles or deleting an upload needs its owner key (<see cref="OwnerKeys"/>), of
/// which only the hash is kept. Every method taking an id ignores one that is not <see cref="DatasetIds.IsWellFormed"/>.
/// Implementations: <see cref="SqliteDatasetStore"/> (one instance, a file) and <see cref="PostgresDatasetStore"/>
/// (several instances sharing one database).
/// </summary>
public interface IDatasetStore
{
    /// <summary>
    /// Stores an uploaded dataset under a new unguessable id; returns the id and the owner key (shown once).
    /// <paramref name="uploaderToken"/>, a secret of the uploading browser, is kept only as its hash, to total that
    /// browser's uploads (<see cref="UploadedBytes"/>).
    /// </summary>
    NewUpload Add(string name, string content, IReadOnlyDictionary<string, ColumnRole> roleOverrides, string? uploaderToken = null);

    /// <summary>Whether <paramref name="ownerKey"/> is the key of the upload <paramref name="id"/> (never for examples).</summary>
    bool IsOwner(string? id, string? ownerKey);

    /// <summary>Writes an example dataset under its fixed id, replacing an older copy.</summary>
    void UpsertExample(string id, string name, string content, bool isSynthetic);

    StoredDataset? Find(string? id);

    /// <summary>
    /// The saved column roles of a dataset, as stored (a short JSON text), or null when there is no such dataset: a
    /// cheap check that a copy read earlier is still what the store holds, without reading its content again.
    /// </summary>
    string? RolesVersion(string? id);

    /// <summary>The examples, in name order: the only datasets listed to everyone.</summary>
    IReadOnlyList<DatasetSummary> ListExamples();

    /// <summary>Summaries of the uploads with these ids that still exist, in the order given.</summary>
    IReadOnlyList<DatasetSummary> FindUploads(IEnumerable<string> ids);

    /// <summary>Changes an upload's column roles, only with its owner key. Returns whether it was changed.</summary>
    bool UpdateRoleOverrides(string id, string? ownerKey, IReadOnlyDictionary<string, ColumnRole> roleOverrides);

    /// <summary>Deletes an upload, only with its owner key; examples cannot be deleted. Returns whether a row went.</summary>
    bool Delete(string id, string? ownerKey);

    /// <summary>Records that the dataset was opened at <paramref name="now"/>. Returns whether there was such a dataset.</summary>
    bool MarkOpened(string id, DateTimeOffset now);

    /// <summary>
    /// The UTF-8 bytes of all uploads (examples not counted) and of those sent with <paramref name="uploaderToken"/>
    /// (0 without a token).
    /// </summary>
    UploadTotals UploadedBytes(string? uploaderToken);

    /// <summary>Deletes every upload last opened before <paramref name="cutoff"/> (never an example); returns how many went.</summary>
    int DeleteUploadsNotOpenedSince(DateTimeOffset cutoff);
}
