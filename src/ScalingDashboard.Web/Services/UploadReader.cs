using System.Text;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace ScalingDashboard.Web.Services;

/// <summary>Reads an uploaded file as text, enforcing the size limit with a message a person can act on.</summary>
public sealed class UploadReader(IOptions<DashboardOptions> options)
{
    public async Task<UploadText> ReadAsync(IBrowserFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var limit = options.Value.MaxUploadBytes;
        if (file.Size > limit)
        {
            return new UploadText(file.Name, null,
                $"The file '{file.Name}' is {ByteSize.Exact(file.Size)}; the limit is {ByteSize.Exact(limit)}. Nothing was loaded.");
        }

        if (file.Size == 0)
        {
            return new UploadText(file.Name, null, $"The file '{file.Name}' is empty. Nothing was loaded.");
        }

        try
        {
            await using var stream = file.OpenReadStream(limit, cancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = await reader.ReadToEndAsync(cancellationToken);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                return new UploadText(file.Name, null,
                    $"The file '{file.Name}' looks binary (it contains NUL bytes); upload a CSV or TSV text file.");
            }

            return new UploadText(file.Name, text, null);
        }
        catch (IOException ex)
        {
            return new UploadText(file.Name, null, $"The file '{file.Name}' could not be read: {ex.Message}");
        }
    }
}
