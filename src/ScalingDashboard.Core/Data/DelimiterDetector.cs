namespace ScalingDashboard.Core.Data;

/// <summary>
/// Picks comma, semicolon or tab by counting fields per record (outside quotes) over the first records: the right
/// delimiter gives the header's field count on (nearly) every line, a wrong one gives 1 or a count that varies.
/// </summary>
internal static class DelimiterDetector
{
    private const int RecordsToScan = 50;

    // Ties go to the first: comma is the most common, tab the least likely to appear inside a value by accident.
    private static readonly char[] Candidates = [',', ';', '\t'];

    public static char Detect(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new List<int[]>();
        var current = new int[Candidates.Length];
        var inQuotes = false;
        var recordHasContent = false;
        for (var i = start; i < text.Length && counts.Count < RecordsToScan; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
                recordHasContent = true;
            }
            else if (!inQuotes && c is '\n' or '\r')
            {
                if (recordHasContent)
                {
                    counts.Add(current);
                    current = new int[Candidates.Length];
                    recordHasContent = false;
                }
            }
            else
            {
                recordHasContent = true;
                if (!inQuotes)
                {
                    var index = Array.IndexOf(Candidates, c);
                    if (index >= 0)
                    {
                        current[index]++;
                    }
                }
            }
        }

        if (recordHasContent && counts.Count < RecordsToScan)
        {
            counts.Add(current);
        }

        var best = Candidates[0];
        var bestScore = (Consistent: 0, Fields: 0);
        for (var d = 0; d < Candidates.Length; d++)
        {
            if (counts.Count == 0 || counts[0][d] == 0)
            {
                continue;
            }

            var headerCount = counts[0][d];
            var consistent = counts.Count(record => record[d] == headerCount);
            if (consistent > bestScore.Consistent || (consistent == bestScore.Consistent && headerCount > bestScore.Fields))
            {
                best = Candidates[d];
                bestScore = (consistent, headerCount);
            }
        }

        return best;
    }

}
