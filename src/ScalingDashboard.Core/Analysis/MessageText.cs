using System.Globalization;
using System.Text;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// Text from a link or a file quoted inside a message. Every message is one line (the Explorer shows a list of them,
/// the CLI writes <c>note:</c> lines), so line breaks and other control characters in what was typed are shown as
/// escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u2028</c>): the message stays one line and the text stays visible.
/// </summary>
public static class MessageText
{
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Control characters and the Unicode line and paragraph separators, which some viewers break lines at.</summary>
    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
