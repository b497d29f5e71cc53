using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScalingDashboard.Core.Reporting;

/// <summary>The one place a report's JSON text is made: an indented writer over a buffer, read back as UTF-8.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Strict = new() { Indented = true };

    // Relaxed escaping keeps "Q'" and "<=" readable; the text is a downloaded file or terminal output, never HTML.
    private static readonly JsonWriterOptions Relaxed = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="write">Writes the document.</param>
    /// <param name="relaxed">Relaxed escaping (the analysis JSON, whose bytes are fixed by its recorded outputs) or the
    /// default, stricter one (the matrix and statistics JSON).</param>
    public static string Write(Action<Utf8JsonWriter> write, bool relaxed = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, relaxed ? Relaxed : Strict))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
