namespace ScalingDashboard.LoadTest;

/// <summary>
/// An upload the app confirmed to the person (its link was on screen), with what the link showed: the uploaded
/// runs and the SHA-256 of the Explorer's JSON export of a fixed view of it.
/// </summary>
internal sealed class RecordedLink(string datasetId, string fileName, int rows)
{
    public string DatasetId { get; } = datasetId;

    public string FileName { get; } = fileName;

    public int Rows { get; } = rows;

    /// <summary>Null until taken; taken right after the upload, or (when a kill came first) at the next check.</summary>
    public string? Fingerprint { get; set; }

    public bool FingerprintedAfterRestart { get; set; }

    /// <summary>Server starts the link was checked after.</summary>
    public int Checks { get; set; }
}
