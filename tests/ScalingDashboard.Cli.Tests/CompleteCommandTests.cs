namespace ScalingDashboard.Cli.Tests;

public class CompleteCommandTests
{
    // Six models, four percent tasks, 19 of 24 cells known; a family and a size column for factor methods.
    private const string Table = "model,family,params_b,arc,mmlu,gsm8k,hellaswag\na,llama,7,55,45,,70\nb,llama,13,60,,20,75\n"
        + "c,gpt,70,,65,50,85\nd,gpt,7,50,40,10,\ne,mistral,7,58,52,30,78\nf,mistral,,62,55,,80\n";

    [Fact]
    public void Complete_Json_HasTheIssuesFieldsWithMeansOverSeeds()
    {
        using var csv = new CliRunner.TempCsv(Table);

        var json = CliRunner.RunJson("complete", "--data", csv.Path, "--method", "mf", "--holdout", "0.2", "--seeds", "3", "--epochs", "40", "--json");

        Assert.Equal("mf", json.GetProperty("method").GetString());
        var perSeed = json.GetProperty("perSeed").EnumerateArray().ToArray();
        Assert.Equal([0, 1, 2], perSeed.Select(s => s.GetProperty("seed").GetInt32()));
        foreach (var field in new[] { "mse", "l1", "rankAccuracy", "mae2" })
        {
            Assert.Equal(perSeed.Average(s => s.GetProperty(field).GetDouble()), json.GetProperty(field).GetDouble(), 12);
        }

        Assert.Equal(4, perSeed[0].GetProperty("n").GetInt32()); // round(0.2 x 19)
        Assert.True(json.GetProperty("baseline").TryGetProperty("mse", out _));
        Assert.Equal(19, json.GetProperty("knownCells").GetInt32());
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("divided by 100", StringComparison.Ordinal));
    }

    [Fact]
    public void Complete_ViewQuery_GivesTheSameJsonAsTheArguments()
    {
        using var csv = new CliRunner.TempCsv(Table);

        var (_, fromArguments, _) = CliRunner.Run("complete", "--data", csv.Path, "--method", "ncf-factors", "--model-factors", "family,params_b",
            "--holdout", "0.2", "--seeds", "2", "--epochs", "20", "--latent", "4", "--perspective", "cpp2", "--json");
        var (code, fromView, stderr) = CliRunner.Run("complete", "--data", csv.Path,
            "--view", "method=ncf-factors&factors=family,params_b&holdout=0.2&seeds=2&epochs=20&latent=4&persp=cpp2", "--json");

        Assert.True(code == 0, stderr);
        Assert.Equal(fromArguments, fromView);
        Assert.Contains("\"shapley\"", fromView, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_Text_ShowsTheMethodAndTheBaseline()
    {
        using var csv = new CliRunner.TempCsv(Table);

        var (code, stdout, stderr) = CliRunner.Run("complete", "--data", csv.Path, "--epochs", "20", "--holdout", "0.2", "--seeds", "2");

        Assert.True(code == 0, stderr);
        Assert.Contains("complete: mf on 6 models x 4 tasks, 19 known cells", stdout, StringComparison.Ordinal);
        Assert.Contains("per-task mean (mean)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--holdout", "0.9", "--holdout: Ignored the value '0.9': it must be between 0.01 and 0.5.")]
    [InlineData("--method", "svd", "--method: Ignored the value 'svd': it is not one of mf, ncf, ncf-factors, factors.")]
    [InlineData("--latent", "0", "--latent")]
    [InlineData("--seeds", "many", "--seeds")]
    [InlineData("--lr", "0", "must be above 0")]
    [InlineData("--bogus", "1", "Unknown option '--bogus'.")]
    public void Complete_BadOption_IsAUsageError(string option, string value, string fragment)
    {
        using var csv = new CliRunner.TempCsv(Table);

        CliRunner.AssertFails(2, fragment, "complete", "--data", csv.Path, option, value);
    }

    [Fact]
    public void Complete_ViewWithExtraOption_IsAUsageError()
    {
        using var csv = new CliRunner.TempCsv(Table);

        CliRunner.AssertFails(2, "--view already describes the whole view", "complete", "--data", csv.Path, "--view", "method=ncf", "--seeds", "2");
    }

    [Fact]
    public void Complete_NoData_IsAUsageError() => CliRunner.AssertFails(2, "--data FILE is required.", "complete", "--method", "mf");

    [Fact]
    public void Complete_MissingFile_IsADataError() => CliRunner.AssertFails(1, "File not found", "complete", "--data", "/nonexistent/x.csv");

    [Fact]
    public void Complete_TooFewModels_IsADataError()
    {
        using var csv = new CliRunner.TempCsv("model,arc,mmlu\na,50,40\nb,60,45\n");

        CliRunner.AssertFails(1, "at least 3 are needed", "complete", "--data", csv.Path);
    }

    [Fact]
    public void Complete_UnknownFactorColumn_IsADataError()
    {
        using var csv = new CliRunner.TempCsv(Table);

        CliRunner.AssertFails(1, "This table has no column 'size'.", "complete", "--data", csv.Path, "--method", "ncf-factors", "--model-factors", "size");
    }

    [Fact]
    public void Complete_FactorMethodWithoutFactors_IsADataError()
    {
        using var csv = new CliRunner.TempCsv(Table);

        CliRunner.AssertFails(1, "needs at least one usable design-factor column", "complete", "--data", csv.Path, "--method", "factors");
    }

    [Fact]
    public void Complete_FactorsFromASecondFile_AreMatchedByModelName()
    {
        using var csv = new CliRunner.TempCsv(Table);
        using var factors = new CliRunner.TempCsv("model,size,kind\na,7,base\nb,13,base\nc,70,chat\nd,7,chat\ne,7,base\nf,8,chat\n");

        var json = CliRunner.RunJson("complete", "--data", csv.Path, "--model-factor-data", factors.Path, "--model-factors", "size,kind",
            "--method", "factors", "--holdout", "0.2", "--seeds", "1", "--epochs", "20", "--json");

        var names = json.GetProperty("shapley").GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order();
        Assert.Equal(["kind", "size"], names);
    }

    [Fact]
    public void Complete_TaskFactorData_AddsTaskFactorsToTheShapleyValues()
    {
        using var csv = new CliRunner.TempCsv(Table);
        using var tasks = new CliRunner.TempCsv("task,ability,shots\narc,reasoning,25\nmmlu,knowledge,5\ngsm8k,math,8\nhellaswag,commonsense,10\n");

        var json = CliRunner.RunJson("complete", "--data", csv.Path, "--model-factors", "family", "--task-factor-data", tasks.Path,
            "--task-factors", "ability,shots", "--method", "ncf-factors", "--holdout", "0.2", "--seeds", "1", "--epochs", "20", "--json");

        var names = json.GetProperty("shapley").GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order();
        Assert.Equal(["ability", "family", "shots"], names);
    }

    [Fact]
    public void Complete_FactorColumnMissingFromTheFactorFile_IsADataError()
    {
        using var csv = new CliRunner.TempCsv(Table);
        using var factors = new CliRunner.TempCsv("model,size\na,7\nb,13\n");

        // "family" is a column of the score table, but the factors are read from the factor file only.
        CliRunner.AssertFails(1, "This table has no column 'family'.", "complete", "--data", csv.Path, "--model-factor-data", factors.Path,
            "--model-factors", "family", "--method", "ncf-factors");
    }

    [Fact]
    public void Complete_LongForm_ReadsModelTaskScoreRows()
    {
        using var csv = new CliRunner.TempCsv("model,bench,acc\na,arc,55\na,mmlu,45\nb,arc,60\nb,gsm8k,20\nc,mmlu,65\nc,gsm8k,50\nd,arc,50\nd,mmlu,40\n");

        var json = CliRunner.RunJson("complete", "--data", csv.Path, "--long", "--task-column", "bench", "--score-column", "acc",
            "--holdout", "0.2", "--seeds", "1", "--epochs", "20", "--json");

        Assert.Equal(4, json.GetProperty("models").GetInt32());
        Assert.Equal(3, json.GetProperty("tasks").GetInt32());
        Assert.Equal(8, json.GetProperty("knownCells").GetInt32());
    }
}
