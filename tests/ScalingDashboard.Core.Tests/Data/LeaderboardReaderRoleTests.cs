using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Tests.Data;

public class LeaderboardReaderRoleTests
{
    [Theory]
    [InlineData("model")]
    [InlineData("model name")]
    [InlineData("Model_Name")]
    [InlineData("name")]
    [InlineData("fullname")]
    [InlineData("Model")]
    [InlineData("MODEL")]
    public void Read_ModelNameSynonym_MapsToModelName(string header)
    {
        var leaderboard = Csv.ReadOk($"{header},mmlu", "gpt-x,0.5");
        Assert.Equal(ColumnRole.ModelName, leaderboard.Column(header).Role);
        Assert.Equal(["gpt-x"], leaderboard.ModelNames);
    }

    [Theory]
    [InlineData("family", ColumnRole.Family)]
    [InlineData("architecture", ColumnRole.Family)]
    [InlineData("arch", ColumnRole.Family)]
    [InlineData("Model Family", ColumnRole.Family)]
    [InlineData("type", ColumnRole.TrainingType)]
    [InlineData("training type", ColumnRole.TrainingType)]
    [InlineData("Training-Type", ColumnRole.TrainingType)]
    public void Read_TextRoleSynonym_MapsToRole(string header, ColumnRole expected)
    {
        var leaderboard = Csv.ReadOk($"model,{header},mmlu", "a,llama,0.5");
        Assert.Equal(expected, leaderboard.Column(header).Role);
    }

    [Theory]
    [InlineData("#Params (B)", ColumnRole.Parameters)]
    [InlineData("params", ColumnRole.Parameters)]
    [InlineData("parameters", ColumnRole.Parameters)]
    [InlineData("params_b", ColumnRole.Parameters)]
    [InlineData("params_est", ColumnRole.Parameters)]
    [InlineData("N", ColumnRole.Parameters)]
    [InlineData("size", ColumnRole.Parameters)]
    [InlineData("total params", ColumnRole.Parameters)]
    [InlineData("n_params", ColumnRole.Parameters)]
    [InlineData("active params", ColumnRole.ActiveParameters)]
    [InlineData("active parameters", ColumnRole.ActiveParameters)]
    [InlineData("active_params_b", ColumnRole.ActiveParameters)]
    [InlineData("activated params", ColumnRole.ActiveParameters)]
    [InlineData("tokens", ColumnRole.TrainingTokens)]
    [InlineData("D", ColumnRole.TrainingTokens)]
    [InlineData("training tokens", ColumnRole.TrainingTokens)]
    [InlineData("pretraining tokens", ColumnRole.TrainingTokens)]
    [InlineData("data", ColumnRole.TrainingTokens)]
    [InlineData("FLOPs", ColumnRole.TrainingFlops)]
    [InlineData("flops", ColumnRole.TrainingFlops)]
    [InlineData("compute", ColumnRole.TrainingFlops)]
    [InlineData("C", ColumnRole.TrainingFlops)]
    [InlineData("training flops", ColumnRole.TrainingFlops)]
    [InlineData("flops_6ND", ColumnRole.TrainingFlops)]
    [InlineData("pretraining compute", ColumnRole.TrainingFlops)]
    public void Read_NumericRoleSynonym_MapsToRole(string header, ColumnRole expected)
    {
        var leaderboard = Csv.ReadOk($"model,\"{header}\"", "a,7", "b,13");
        Assert.Equal(expected, leaderboard.Column(header).Role);
    }

    [Theory]
    [InlineData("#Params (B)", 1e9, "billions (header '(B)')")]
    [InlineData("params (M)", 1e6, "millions (header '(M)')")]
    [InlineData("tokens (T)", 1e12, "trillions (header '(T)')")]
    [InlineData("params_b", 1e9, "billions (header '_b')")]
    [InlineData("params_m", 1e6, "millions (header '_m')")]
    [InlineData("size (billions)", 1e9, "billions (header '(billions)')")]
    [InlineData("tokens [T]", 1e12, "trillions (header '[T]')")]
    public void Read_HeaderUnit_SetsMultiplier(string header, double multiplier, string description)
    {
        var leaderboard = Csv.ReadOk($"model,\"{header}\"", "a,7", "b,0.5");
        var column = leaderboard.Column(header);
        Assert.Equal(multiplier, column.Unit.Multiplier);
        Assert.Equal(description, column.Unit.Description);
        Assert.Equal([7 * multiplier, 0.5 * multiplier], column.Numbers.Select(n => n!.Value));
    }

    [Theory]
    [InlineData("Pretraining Data Size (T)", ColumnRole.TrainingTokens)]
    [InlineData("Total tokens seen", ColumnRole.TrainingTokens)]
    [InlineData("Parameter Size(M)", ColumnRole.Parameters)]
    [InlineData("Activated Parameter Count", ColumnRole.ActiveParameters)]
    [InlineData("FLOPs (1E21)", ColumnRole.TrainingFlops)]
    [InlineData("train compute (PF-days)", ColumnRole.TrainingFlops)]
    public void Read_DescriptiveCountHeader_MapsByWordPart(string header, ColumnRole expected)
    {
        var leaderboard = Csv.ReadOk($"model,\"{header}\"", "a,7", "b,13");
        Assert.Equal(expected, leaderboard.Column(header).Role);
    }

    [Theory]
    [InlineData("FLOPs (1E21)", 1e21, "units of 1e21 (header '(1E21)')")]
    [InlineData("compute (x1e+18)", 1e18, "units of 1e18 (header '(x1e+18)')")]
    [InlineData("flops (10^21)", 1e21, "units of 1e21 (header '(10^21)')")]
    public void Read_PowerOfTenHeaderUnit_SetsMultiplier(string header, double multiplier, string description)
    {
        var column = Csv.ReadOk($"model,\"{header}\"", "a,42", "b,0.0015").Column(header);
        Assert.Equal(new ColumnUnit(multiplier, description), column.Unit);
        Assert.Equal([42 * multiplier, 0.0015 * multiplier], column.Numbers.Select(n => n!.Value), new RelativeComparer(1e-15));
    }

    [Theory]
    [InlineData("BoolQ(0-shot)")]
    [InlineData("WinoGrande(zero-shot)")]
    [InlineData("ARC-c")]
    [InlineData("HumanEval(pass@1)")]
    public void Read_BenchmarkHeaderWithPercentValues_IsScore(string header)
    {
        var column = Csv.ReadOk($"model,\"{header}\"", "a,45.5", "b,80").Column(header);
        Assert.Equal(ColumnRole.Score, column.Role);
        Assert.Equal([0.455, 0.8], column.Numbers.Select(n => n!.Value));
    }

    [Fact]
    public void Read_HeaderWithoutUnit_KeepsBigNumbersAsWritten()
    {
        var column = Csv.ReadOk("model,params", "a,7000000000").Column("params");
        Assert.Equal(7e9, column.Numbers[0]);
        Assert.Equal(ColumnUnit.None, column.Unit);
    }

    [Fact]
    public void Read_UnderscoreLetterOnNonCountHeader_IsNotAUnit()
    {
        var column = Csv.ReadOk("model,arc_c", "a,0.5").Column("arc_c");
        Assert.Equal(ColumnRole.Score, column.Role);
        Assert.Equal(0.5, column.Numbers[0]);
    }

    [Fact]
    public void Read_OtherColumns_ScoreNumericOrLabel()
    {
        var leaderboard = Csv.ReadOk(
            "model,mmlu,custom_eval,c4|loss,k,license,flag",
            "a,0.5,0.25,2.5,1,mit,0",
            "b,0.6,0.75,2.1,10,apache,1");
        Assert.Equal(ColumnRole.Score, leaderboard.Column("mmlu").Role);
        Assert.Equal(ColumnRole.Score, leaderboard.Column("custom_eval").Role);
        Assert.Equal(ColumnRole.Numeric, leaderboard.Column("c4|loss").Role);
        Assert.Equal(ColumnRole.Numeric, leaderboard.Column("k").Role);
        Assert.Equal(ColumnRole.Label, leaderboard.Column("license").Role);
        Assert.Equal(ColumnRole.Numeric, leaderboard.Column("flag").Role);
    }

    [Fact]
    public void Read_ScoreishHeaderWithPercentValues_IsScore()
    {
        var leaderboard = Csv.ReadOk("model,HellaSwag,average", "a,55.5,40.2", "b,80,60");
        Assert.Equal(ColumnRole.Score, leaderboard.Column("HellaSwag").Role);
        Assert.Equal(ColumnRole.Numeric, leaderboard.Column("average").Role);
    }

    [Fact]
    public void Read_PercentSignInCells_IsScoreEvenWithPlainHeader()
    {
        var column = Csv.ReadOk("model,eval A", "a,54%", "b,61.5%").Column("eval A");
        Assert.Equal(ColumnRole.Score, column.Role);
        Assert.Equal([0.54, 0.615], column.Numbers.Select(n => n!.Value));
    }

    [Fact]
    public void Read_LossInUnitInterval_IsNumericNotScore()
    {
        var column = Csv.ReadOk("model,val loss", "a,0.5", "b,0.25").Column("val loss");
        Assert.Equal(ColumnRole.Numeric, column.Role);
    }

    [Fact]
    public void Read_TwoNameColumns_FirstIsModelNameSecondIsLabel()
    {
        var leaderboard = Csv.ReadOk("model,mmlu,fullname", "a,0.5,org/a");
        Assert.Equal(ColumnRole.ModelName, leaderboard.Column("model").Role);
        Assert.Equal(ColumnRole.Label, leaderboard.Column("fullname").Role);
        Assert.Equal(["a"], leaderboard.ModelNames);
    }

    [Fact]
    public void Read_NoNameColumn_UsesFirstTextColumn()
    {
        var leaderboard = Csv.ReadOk("mmlu,checkpoint,license", "0.5,ckpt-1,mit", "0.6,ckpt-2,mit");
        Assert.Equal(ColumnRole.ModelName, leaderboard.Column("checkpoint").Role);
        Assert.Equal(["ckpt-1", "ckpt-2"], leaderboard.ModelNames);
    }

    [Fact]
    public void Read_NoTextColumn_NamesRowsByNumber()
    {
        var leaderboard = Csv.ReadOk("params,mmlu", "7B,0.5", "13B,0.6");
        Assert.Equal(["row 2", "row 3"], leaderboard.ModelNames);
    }

    [Fact]
    public void Read_MissingModelName_FallsBackToRowNumber()
    {
        var leaderboard = Csv.ReadOk("model,mmlu", "a,0.5", ",0.6");
        Assert.Equal(["a", "row 3"], leaderboard.ModelNames);
    }

    [Fact]
    public void Read_RoleOverrides_WinOverDetection()
    {
        var overrides = new Dictionary<string, ColumnRole>
        {
            ["mmlu"] = ColumnRole.Numeric,
            ["checkpoint"] = ColumnRole.ModelName,
            ["model"] = ColumnRole.Label,
            ["steps"] = ColumnRole.TrainingTokens,
            ["params"] = ColumnRole.Ignore,
        };
        var result = LeaderboardReader.Read(
            "model,checkpoint,mmlu,steps,params\na,ck1,0.5,100,7\nb,ck2,0.6,200,8\n", new ImportOptions(overrides));
        Assert.True(result.Succeeded);
        var leaderboard = result.Leaderboard!;
        Assert.Equal(ColumnRole.Label, leaderboard.Column("model").Role);
        Assert.Equal(ColumnRole.ModelName, leaderboard.Column("checkpoint").Role);
        Assert.Equal(ColumnRole.Numeric, leaderboard.Column("mmlu").Role);
        Assert.Equal(ColumnRole.TrainingTokens, leaderboard.Column("steps").Role);
        Assert.Equal(ColumnRole.Ignore, leaderboard.Column("params").Role);
        Assert.Equal(["7", "8"], leaderboard.Column("params").Texts);
        Assert.Equal(["ck1", "ck2"], leaderboard.ModelNames);
    }

    [Fact]
    public void Read_OverrideToScore_ConvertsPercent()
    {
        var overrides = new Dictionary<string, ColumnRole> { ["result"] = ColumnRole.Score };
        var result = LeaderboardReader.Read("model,result\na,55\nb,70\n", new ImportOptions(overrides));
        var column = result.Leaderboard!.Column("result");
        Assert.Equal(ColumnRole.Score, column.Role);
        Assert.Equal([0.55, 0.70], column.Numbers.Select(n => n!.Value));
    }

    [Fact]
    public void Read_NumericRoleHeaderWithTextCells_IsLabel()
    {
        var column = Csv.ReadOk("model,size,mmlu", "a,small,0.5", "b,large,0.6").Column("size");
        Assert.Equal(ColumnRole.Label, column.Role);
    }

    [Fact]
    public void Read_RoleOverrideKey_IsCaseAndSpaceInsensitive()
    {
        var overrides = new Dictionary<string, ColumnRole> { [" MMLU "] = ColumnRole.Numeric };
        var result = LeaderboardReader.Read("model,mmlu\na,0.5\n", new ImportOptions(overrides));
        Assert.Equal(ColumnRole.Numeric, result.Leaderboard!.Column("mmlu").Role);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Read_RoleOverrideForMissingColumn_Warns()
    {
        var overrides = new Dictionary<string, ColumnRole> { ["hellaswag"] = ColumnRole.Score };
        var result = LeaderboardReader.Read("model,mmlu\na,0.5\n", new ImportOptions(overrides));
        var warning = result.SingleWarning();
        Assert.Equal("The column mapping names 'hellaswag', but the file has no such column.", warning.Message);
        Assert.Null(warning.Row);
        Assert.Null(warning.Column);
    }

    [Fact]
    public void Read_OverridesWithoutModelName_StillPromotesFirstUnmappedTextColumn()
    {
        var overrides = new Dictionary<string, ColumnRole> { ["note"] = ColumnRole.Label, ["mmlu"] = ColumnRole.Score };
        var result = LeaderboardReader.Read("note,checkpoint,mmlu\nx,ck1,0.5\n", new ImportOptions(overrides));
        var leaderboard = result.Leaderboard!;
        Assert.Equal(ColumnRole.Label, leaderboard.Column("note").Role);
        Assert.Equal(ColumnRole.ModelName, leaderboard.Column("checkpoint").Role);
        Assert.Equal(["ck1"], leaderboard.ModelNames);
    }
}
