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
    /// <summary>
    /// The default bound on a table's cells (<see cref="ImportOptions.MaxCells"/>). Short rows are padded to the header's
    /// width, so a wide header over many short lines could ask for far more memory than the text itself; and a table
    /// read stays in memory while pages show it. A real leaderboard is nowhere near this.
    /// </summary>
    public const int DefaultMaxCells = 5_000_000;

    // Rows to reserve room for up front; bigger files grow the lists as usual.
    private const int PresizeLimit = 16_384;

    /// <summary>The table, or null after adding an error to <paramref name="issues"/>.</summary>
    public static RawTable? Read(string text, int start, char delimiter, int maxCells, IssueCollector issues)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            DetectDelimiter = false,
            HasHeaderRecord = false,
            // Blank lines are reported as skipped rows, so the parser must hand them over.
            IgnoreBlankLines = false,
            // Leaderboards repeat values ("TRUE", "bfloat16", "LlamaForCausalLM"); sharing those strings costs a hash
            // per field but keeps far less alive, and the garbage collection saved is worth more (measured: ~40 vs ~65 ms
            // mean on the 7,169-row Open LLM Leaderboard).
            CacheFields = true,
        };

        // Spreadsheet rows: `row` is the last record read, `current` the one being read (CsvHelper reports bad
        // data either in Read or lazily when a field is accessed, so errors are attributed to `current`).
        var row = 0;
        var current = 1;
        try
        {
            using var reader = new StringReader(text);
            for (var i = 0; i < start; i++)
            {
                reader.Read();
            }

            using var parser = new CsvParser(reader, config);
            string[]? headers = null;
            List<string?>[] cells = [];
            // The widest line above the header that held only separators: such a file is not empty, it has no names.
            var separatorsOnly = 0;

            // Line count bounds the record count; sizing the lists once avoids regrowing 20+ lists of thousands of cells.
            var lines = text.AsSpan(start).Count('\n') + 1;
            var capacity = lines;
            var rowNumbers = new List<int>(capacity);
            while (true)
            {
                current = row + 1;
                if (!parser.Read())
                {
                    break;
                }

                row = current;
                if (headers is null)
                {
                    // Blank lines above the header are common in hand-edited files and carry nothing.
                    if (IsEmptyRecord(parser))
                    {
                        separatorsOnly = Math.Max(separatorsOnly, parser.Count);
                        continue;
                    }

                    headers = ReadHeaders(parser, row, issues);
                    if (headers is null)
                    {
                        return null;
                    }

                    capacity = Math.Min(Math.Min(lines, maxCells / headers.Length), PresizeLimit);
                    cells = new List<string?>[headers.Length];
                    for (var c = 0; c < cells.Length; c++)
                    {
                        cells[c] = new List<string?>(capacity);
                    }

                    continue;
                }

                if (!AddRow(parser, row, headers, cells, rowNumbers, maxCells, issues))
                {
                    return null;
                }
            }

            if (headers is null)
            {
                issues.Error(separatorsOnly > 1
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"The file has no header row: its lines hold only separators ({separatorsOnly:N0} empty fields at most), no column names.")
                    : "The file is empty.");
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
            // BadDataException and friends: an unclosed quote or a quote in the middle of a field.
            issues.Error(
                "The file is not valid CSV here: a quote is not closed, or a field has a stray quote. "
                + "Quote the whole field and double any quote inside it (\"\").",
                current);
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
        CsvParser parser, int row, string[] headers, List<string?>[] cells, List<int> rowNumbers, int maxCells, IssueCollector issues)
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

        if ((long)(rowNumbers.Count + 1) * headers.Length > maxCells)
        {
            issues.Error(
                $"The table has more than {maxCells:N0} cells ({headers.Length} columns); split it or remove unused columns.", row);
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
