namespace ScalingDashboard.Web.Services;

/// <summary>Bytes (UTF-8) held by uploads: by all of them, and by one uploader's.</summary>
public sealed record UploadTotals(long AllUploadsBytes, long UploaderBytes);
