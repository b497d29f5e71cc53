namespace ScalingDashboard.Web.Services;

/// <summary>The text of an uploaded file, or why it could not be read.</summary>
public sealed record UploadText(string FileName, string? Text, string? Error)
{
    public bool Succeeded => Text is not null;
}
