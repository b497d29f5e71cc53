namespace ScalingDashboard.Web.Components.Pages.Data;

/// <summary>
/// The text of a file while its column roles are being chosen, in a box the page empties once the dialog has closed:
/// MudBlazor's popover service keeps a closed dialog's last render (and so its parameters) until the browser leaves,
/// and for a 20 MB upload that text is 40 MB of memory held for nothing.
/// </summary>
public sealed class DraftText(string text)
{
    public string Text { get; private set; } = text;

    public void Release() => Text = "";
}
