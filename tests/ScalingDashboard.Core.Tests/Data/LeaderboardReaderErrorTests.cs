using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Data;

public class LeaderboardReaderErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n  \n")]
    [InlineData("\uFEFF")]
    public void Read_EmptyText_IsError(string text)
    {
        var error = LeaderboardReader.Read(text).SingleError();
        Assert.Equal("The file is empty.", error.Message);
        Assert.Equal(ImportSeverity.Error, error.Severity);
    }

    [Fact]
    public void Read_NullText_IsErrorNotException()
    {
        var error = LeaderboardReader.Read(null!).SingleError();
        Assert.Equal("The file is empty.", error.Message);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(1_000_000)]
    public void Read_LinesOfSeparatorsOnly_SayThereAreNoNamesNotThatTheFileIsEmpty(int commas)
    {
        // A header of a million empty names (issue 13's probe) read "The file is empty", which it is not.
        var text = new string(',', commas) + "\n" + new string(',', commas / 2) + "\n";

        var error = LeaderboardReader.Read(text).SingleError();

        Assert.Equal($"The file has no header row: its lines hold only separators ({commas + 1:N0} empty fields at most), no column names.",
            error.Message);
    }

    [Fact]
    public void Read_OnlyHeader_IsError()
    {
        var error = Csv.Read("model,params,mmlu", "").SingleError();
        Assert.Equal("The file has a header row but no data rows.", error.Message);
    }

    [Fact]
    public void Read_NoNumericColumn_IsError()
    {
        var error = Csv.Read("model,license", "a,mit", "b,apache").SingleError();
        Assert.Equal(
            "No column holds numbers; a leaderboard needs at least one numeric column (parameters, tokens, FLOPs or scores).",
            error.Message);
    }

    [Fact]
    public void Read_RowWithMoreFieldsThanHeader_IsErrorNamingRow()
    {
        var error = Csv.Read("model,params", "a,7B", "b,8B", "c,9,5B").SingleError();
        Assert.Equal(4, error.Row);
        Assert.Equal(
            "The row has 3 fields but the header has 2; a value may contain an unquoted delimiter, or the delimiter was detected wrongly.",
            error.Message);
    }

    [Theory]
    [InlineData("model,params\na,7B\n\"b,8B\n", 3)]
    [InlineData("model,params\na,7B\nb\"x,8B\n", 3)]
    [InlineData("model,params\na,7B\nb,8B\n\"c\"x,9B\n", 4)]
    public void Read_MalformedQuotes_IsErrorNamingRow(string text, int row)
    {
        var error = LeaderboardReader.Read(text).SingleError();
        Assert.Equal(row, error.Row);
        Assert.StartsWith("The file is not valid CSV here: a quote is not closed, or a field has a stray quote.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextOverLimit_IsErrorWithSizes()
    {
        var text = "model,params\n" + new string('x', 26_529_000);
        var error = LeaderboardReader.Read(text).SingleError();
        Assert.Equal("The file is 25.3 MB; the limit is 20 MB.", error.Message);
    }

    [Fact]
    public void Read_TextOverCustomLimit_IsError()
    {
        var text = "model,params\n" + new string('x', 1_572_864);
        var error = LeaderboardReader.Read(text, new ImportOptions(MaxCharacters: 1024 * 1024)).SingleError();
        Assert.Equal("The file is 1.5 MB; the limit is 1 MB.", error.Message);
    }

    [Fact]
    public void Read_MoreCellsThanCustomLimit_IsErrorAtTheRowThatCrossesIt()
    {
        // 3 columns: rows 1-3 make 9 cells, the 4th row (line 5) would make 12, over the limit of 10.
        var text = "model,params,mmlu\na,1e9,0.5\nb,2e9,0.6\nc,3e9,0.7\nd,4e9,0.8\n";
        var error = LeaderboardReader.Read(text, new ImportOptions(MaxCells: 10)).SingleError();
        Assert.Equal("The table has more than 10 cells (3 columns); split it or remove unused columns.", error.Message);
        Assert.Equal(5, error.Row);
    }

    [Fact]
    public void Read_DuplicateHeader_IsErrorNamingIt()
    {
        var error = Csv.Read("model,mmlu,MMLU", "a,0.5,0.6").SingleError();
        Assert.Equal("The header 'MMLU' appears twice (columns 2 and 3); rename one of them.", error.Message);
        Assert.Equal("MMLU", error.Column);
        Assert.Equal(1, error.Row);
    }

    [Fact]
    public void Read_Error_StillReportsDelimiter()
    {
        var result = Csv.Read("model;license", "a;mit");
        Assert.Equal(';', result.Delimiter);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Read_TooManyCells_IsErrorNamingRow()
    {
        // 5,000 columns: the 1,001st data row (spreadsheet row 1,002) would pass 5,000,000 cells.
        var header = string.Join(',', Enumerable.Range(0, 5000).Select(i => $"c{i}"));
        var text = header + "\n" + string.Concat(Enumerable.Repeat("a,1\n", 1001));
        var error = LeaderboardReader.Read(text).SingleError();
        Assert.Equal("The table has more than 5,000,000 cells (5000 columns); split it or remove unused columns.", error.Message);
        Assert.Equal(1002, error.Row);
    }
}
