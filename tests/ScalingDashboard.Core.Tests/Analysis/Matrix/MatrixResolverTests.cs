using ScalingDashboard.Core.Analysis.Matrix;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Tests.Analysis.Matrix;

public class MatrixResolverTests
{
    [Fact]
    public void Resolve_WideTable_ReadsPercentScoresAndFactors()
    {
        var resolved = MatrixResolver.Resolve(MatrixRunnerTests.Table(), new MatrixSpec { ModelFactors = ["family", "params_b"] });

        var matrix = resolved.Matrix!;
        Assert.Empty(resolved.Problems);
        Assert.Equal(["a", "b", "c", "d", "e", "f"], matrix.Models);
        Assert.Equal(0.45, matrix[0, 1], 12);
        Assert.Equal(["family", "params_b"], matrix.ModelFactors.Select(f => f.Name));
        Assert.Equal(FactorKind.Categorical, matrix.ModelFactors[0].Kind);
        Assert.Equal([0, 0, 1, 1, 2, 2], matrix.ModelFactors[0].Levels);
        Assert.Equal(FactorKind.Numerical, matrix.ModelFactors[1].Kind);
        Assert.Equal([0, 1, 2, 3, 4, 5], resolved.RowOfModel);
    }

    [Fact]
    public void Resolve_LongTable_BuildsTheSameMatrixAsWide()
    {
        const string csv = "name,bench,acc\na,arc,55\na,mmlu,45\nb,arc,60\nb,gsm8k,0.2\nc,mmlu,65\nc,gsm8k,0.5\nd,arc,50\n";
        var table = LeaderboardReader.Read(csv).Leaderboard!;

        var resolved = MatrixResolver.Resolve(table, new MatrixSpec { Form = MatrixForm.Long, ModelColumn = "name", TaskColumn = "bench", ScoreColumn = "acc" });

        var matrix = resolved.Matrix!;
        Assert.Equal(["a", "b", "c", "d"], matrix.Models);
        Assert.Equal(["arc", "mmlu", "gsm8k"], matrix.Tasks);
        // Per task: arc and mmlu are in percent, gsm8k in fractions, though they share one column.
        Assert.Equal(0.55, matrix[0, 0], 12);
        Assert.Equal(0.2, matrix[1, 2], 12);
        Assert.Equal([0, 2, 4, 6], resolved.RowOfModel);
    }

    [Fact]
    public void Resolve_ThinTaskAndMissingFactor_AreLeftOutWithAReason()
    {
        var table = LeaderboardReader.Read("model,arc,mmlu,gsm8k\na,50,40,\nb,60,45,\nc,55,50,30\n").Leaderboard!;

        var resolved = MatrixResolver.Resolve(table, new MatrixSpec { ModelFactors = ["nope"] });

        Assert.Equal(["arc", "mmlu"], resolved.Matrix!.Tasks);
        Assert.Equal(
            ["This table has no column 'nope' for a design factor; it was left out.", "Task 'gsm8k' has fewer than 2 known scores; it was left out."],
            resolved.Problems);
    }

    [Fact]
    public void Resolve_OneUsableTask_GivesNoMatrix()
    {
        var table = LeaderboardReader.Read("model,arc,mmlu\na,50,\nb,60,\nc,55,30\n").Leaderboard!;

        var resolved = MatrixResolver.Resolve(table, new MatrixSpec());

        Assert.Null(resolved.Matrix);
        Assert.Equal("The matrix needs at least 2 task columns with 2 or more known scores each; this table has 1.", resolved.Problems[^1]);
    }

    [Fact]
    public void Resolve_FactorTable_MatchesModelsByNameIgnoringCase()
    {
        var factors = LeaderboardReader.Read("name,family,size\nB,llama,13\na,llama,7\nzz,gpt,1\ne,mistral,7\n").Leaderboard!;

        var resolved = MatrixResolver.Resolve(MatrixRunnerTests.Table(), new MatrixSpec { ModelFactors = ["family"] }, factors);

        var family = Assert.Single(resolved.Matrix!.ModelFactors);
        Assert.Equal([0, 0, -1, -1, 1, -1], family.Levels); // a, b, c, d, e, f: 'B' matches b; c, d and f have no row
        Assert.Equal(["llama", "mistral"], family.LevelNames);
        Assert.Equal("3 of 6 models have no row in the model-factor table (c, d, f); their factors count as missing.", Assert.Single(resolved.Problems));
    }

    [Fact]
    public void Resolve_TaskFactorTable_MatchesTasksByName_AndSaysWhichHaveNoRow()
    {
        var tasks = LeaderboardReader.Read("task,ability,shots\nARC,reasoning,25\nmmlu,knowledge,5\nhellaswag,commonsense,10\n").Leaderboard!;

        var resolved = MatrixResolver.Resolve(MatrixRunnerTests.Table(), new MatrixSpec { TaskFactors = ["ability", "shots"] }, taskFactorTable: tasks);

        var matrix = resolved.Matrix!;
        Assert.Equal(["ability", "shots"], matrix.TaskFactors.Select(f => f.Name));
        Assert.Equal(FactorKind.Categorical, matrix.TaskFactors[0].Kind);
        // Tasks arc, mmlu, gsm8k, hellaswag: arc matches "ARC" ignoring case; gsm8k has no row (level -1: missing).
        Assert.Equal([0, 1, -1, 2], matrix.TaskFactors[0].Levels);
        Assert.Equal(["1 of 4 tasks have no row in the task-factor table (gsm8k); their factors count as missing."], resolved.Problems);
    }

    [Fact]
    public void Resolve_TaskFactorsWithoutATable_AreLeftOutWithAMessage()
    {
        var resolved = MatrixResolver.Resolve(MatrixRunnerTests.Table(), new MatrixSpec { TaskFactors = ["ability"] });

        Assert.NotNull(resolved.Matrix);
        Assert.Empty(resolved.Matrix!.TaskFactors);
        Assert.Contains(resolved.Problems, p => p.StartsWith("Task factors are read from a task-factor table", StringComparison.Ordinal));
    }
}
