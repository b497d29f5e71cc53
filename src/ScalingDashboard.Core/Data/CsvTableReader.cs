using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ScalingDashboard.Core.Data;

/// <summary>
/// Splits the text into header and data cells with CsvHelper (quoted fields, embedded delimiters and newlines,
/// doubled quotes), checking the shape of the table as it goes: header names, row lengths, empty rows.
/// </summary>
internal static class CsvTableReader
{
    /// <summary>The table, or null after adding an error to <paramref name="issues"/>.</summary>
    public static RawTable? Read(string text, char delimiter, IssueCollector issues)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            DetectDelimiter = false,
            HasHeaderRecord = false,
            // Blank lines are reported as skipped rows, so the parser must hand them over.
            IgnoreBlankLines = false,
            // Leaderboards repeat values ("TRUE", "LlamaForCausalLM"); caching shares the strings.
            CacheFields = true,
        };

        // Spreadsheet row of the record being read: the header is row 1.
        var row = 0;
        try
        {
            using var reader = new StringReader(text);
            using var parser = new CsvParser(reader, config);
            string[]? headers = null;
            List<string?>[] cells = [];
            var rowNumbers = new List<int>();
            while (parser.Read())
            {
                row++;
                if (headers is null)
                {
                    // Blank lines above the header are common in hand-edited files and carry nothing.
                    if (IsEmptyRecord(parser))
                    {
                        continue;
                    }

                    headers = ReadHeaders(parser, row, issues);
                    if (headers is null)
                    {
                        return null;
                    }

                    cells = new List<string?>[headers.Length];
                    for (var c = 0; c < cells.Length; c++)
                    {
                        cells[c] = [];
                    }

                    continue;
                }

                if (!AddRow(parser, row, headers, cells, rowNumbers, issues))
                {
                    return null;
                }
            }

            if (headers is null)
            {
                issues.Error("The file is empty.");
                return null;
            }

            if (rowNumbers.Count == 0)
            {
                issues.Error("The file has a header row but no data rows.");
                return null;
            }

            return new RawTable(headers, cells, rowNumbers);
        }
        catch (CsvHelperException)
        {
            // BadDataException and friends: an unclosed quote or a quote in the middle of a field. The record
            // being read when it failed is the one after the last complete row.
            issues.Error(
                "The file is not valid CSV here: a quote is not closed, or a field has a stray quote. "
                + "Quote the whole field and double any quote inside it (\"\").",
                row + 1);
            return null;
        }
    }

    private static bool IsEmptyRecord(CsvParser parser)
    {
        for (var c = 0; c < parser.Count; c++)
        {
            if (!string.IsNullOrWhiteSpace(parser[c]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[]? ReadHeaders(CsvParser parser, int row, IssueCollector issues)
    {
        var headers = new string[parser.Count];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < headers.Length; c++)
        {
            var header = parser[c].Trim();
            if (header.Length == 0)
            {
                header = $"column {c + 1}";
                issues.Warn("empty header", $"column {c + 1} has no header; it is named '{header}'.", row, header);
            }

            if (seen.TryGetValue(header, out var first))
            {
                issues.Error(
                    $"The header '{header}' appears twice (columns {first + 1} and {c + 1}); rename one of them.", row, header);
                return null;
            }

            seen[header] = c;
            headers[c] = header;
        }

        return headers;
    }

    private static bool AddRow(
        CsvParser parser, int row, string[] headers, List<string?>[] cells, List<int> rowNumbers, IssueCollector issues)
    {
        var count = parser.Count;
        if (IsEmptyRecord(parser))
        {
            issues.Warn("empty row", "The row is empty; it was skipped.", row);
            return true;
        }

        if (count > headers.Length)
        {
            issues.Error(
                $"The row has {count} fields but the header has {headers.Length}; a value may contain an unquoted "
                + "delimiter, or the delimiter was detected wrongly.",
                row);
            return false;
        }

        if (count < headers.Length)
        {
            issues.Warn(
                "short row", $"The row has {count} fields but the header has {headers.Length}; the missing cells are left empty.", row);
        }

        for (var c = 0; c < headers.Length; c++)
        {
            cells[c].Add(c < count ? parser[c] : null);
        }

        rowNumbers.Add(row);
        return true;
    }
}
