using System.Globalization;
using System.Text;

namespace ScalingDashboard.LoadTest;

/// <summary>
/// Upload files that differ per session and per upload, so no two uploads are the same bytes (the store and the
/// dataset cache see distinct tables): the shipped compute ladder with a seeded ~15% of its runs left out and its
/// scores jittered by about 1%.
/// </summary>
internal sealed class UploadVariants : IDisposable
{
    private const string Source = "compute-ladder-synthetic.csv";
    private const int FirstScoreColumn = 8; // run,params,tokens,flops,layers,hidden_dim,heads,dataset, then scores.

    private readonly string _header;
    private readonly string[][] _rows;
    private readonly int _seed;
    private readonly string _directory;

    public UploadVariants(int seed)
    {
        var lines = File.ReadAllLines(Path.Combine(AppServer.RepositoryRoot(), "data", Source)).Where(l => l.Length > 0).ToArray();
        _header = lines[0];
        _rows = [.. lines.Skip(1).Select(l => l.Split(','))];
        _seed = seed;
        _directory = Path.Combine(Path.GetTempPath(), "scaling-dashboard-load-uploads-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    /// <summary>Writes the variant for this session and upload; returns its path and its number of runs.</summary>
    public (string Path, int Rows) Write(int session, int upload)
    {
        // HashCode.Combine is salted per process; this mix is the same in every run.
        var random = new Random(unchecked((_seed * 1_000_003) + (session * 10_007) + upload));
        var text = new StringBuilder(_header).Append('\n');
        var rows = 0;
        foreach (var row in _rows)
        {
            if (random.NextDouble() < 0.15)
            {
                continue;
            }

            var cells = (string[])row.Clone();
            for (var c = FirstScoreColumn; c < cells.Length; c++)
            {
                if (double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
                {
                    var jittered = Math.Clamp(score * (1 + 0.01 * (2 * random.NextDouble() - 1)), 0.0001, 0.9999);
                    cells[c] = jittered.ToString("0.0000", CultureInfo.InvariantCulture);
                }
            }

            text.AppendJoin(',', cells).Append('\n');
            rows++;
        }

        var path = System.IO.Path.Combine(_directory, $"ladder-s{session:00}-u{upload:000}.csv");
        File.WriteAllText(path, text.ToString());
        return (path, rows);
    }

    /// <summary>Deletes the folder of written variants.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
