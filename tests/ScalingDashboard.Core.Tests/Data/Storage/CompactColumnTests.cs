using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Data.Storage;

namespace ScalingDashboard.Core.Tests.Data.Storage;

public sealed class CompactColumnTests
{
    [Fact]
    public void CompactNumbers_KeepsEveryValueAndEveryEmptyCell()
    {
        // 130 rows cross two 64-bit words of the empty-cell set; NaN and negative zero are values, not gaps.
        var cells = Enumerable.Range(0, 130).Select(i => i % 7 == 3 ? (double?)null : i * 0.5).ToList();
        cells[1] = double.NaN;
        cells[2] = -0.0;

        var compact = CompactNumbers.From(cells);

        Assert.Equal(cells, compact);
        Assert.True(double.IsNaN(compact[1]!.Value));
        Assert.True(double.IsNegative(compact[2]!.Value));
        Assert.Null(compact[122]); // 122 % 7 == 3, in the second word
        Assert.Equal((130 * 8) + (3 * 8), compact.Bytes);
    }

    [Fact]
    public void CompactNumbers_WithoutEmptyCells_HoldsNoEmptySet()
    {
        var compact = CompactNumbers.From([1.0, 2.0, 3.0]);

        Assert.Equal(24, compact.Bytes);
        Assert.Equal([1.0, 2.0, 3.0], compact.Select(v => v!.Value));
    }

    [Fact]
    public void CompactTexts_StoresEachDistinctTextOnce()
    {
        var cells = new List<string?> { "llama", null, "qwen", "llama", "", "qwen", null };

        var compact = CompactTexts.From(cells);

        Assert.Equal(cells, compact);
        Assert.Equal(3, compact.DistinctCount); // "llama", "qwen" and "" (an empty text is not an empty cell)
        Assert.Same(compact[0], compact[3]);
    }

    [Fact]
    public void LeaderboardColumn_FromCompactCells_SharesTheirStorage()
    {
        var numbers = CompactNumbers.From([1.0, null]);
        var texts = CompactTexts.From(["a", null]);

        Assert.Same(numbers, new LeaderboardColumn("mmlu", ColumnRole.Score, numbers, null, ColumnUnit.None).Numbers);
        Assert.Same(texts, new LeaderboardColumn("family", ColumnRole.Family, null, texts, ColumnUnit.None).Texts);
        Assert.IsType<CompactNumbers>(new LeaderboardColumn("params", ColumnRole.Parameters, [7e9, null], null, ColumnUnit.None).Numbers);
    }

    [Fact]
    public void CompactList_IsReadOnlyAndSizedForLinq()
    {
        IList<double?> list = CompactNumbers.From([1.0, null, 3.0]);

        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(4.0));
        Assert.Throws<NotSupportedException>(() => list[0] = 2.0);
        Assert.Equal(1, list.IndexOf(null));
        Assert.Equal([1.0, null, 3.0], list.ToArray());
        var copy = new double?[4];
        list.CopyTo(copy, 1);
        Assert.Equal([null, 1.0, null, 3.0], copy);
    }

    [Fact]
    public void ComputedList_MakesItemsWhenRead()
    {
        var reads = 0;
        var list = new ComputedList<string>(3, i =>
        {
            reads++;
            return "row:" + i;
        });

        Assert.Equal(0, reads);
        Assert.Equal("row:2", list[2]);
        Assert.Equal(1, reads);
        Assert.Equal(["row:0", "row:1", "row:2"], list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[3]);
    }
}
