using ScalingDashboard.Web.Components.Pages.Matrix;

namespace ScalingDashboard.Web.Tests.Components.Pages.Matrix;

/// <summary>The Matrix page over a small wide table with three missing cells, one model named with markup.</summary>
public sealed class MatrixPageTests : DashboardTestContext
{
    private const string Table = """
        model,t1,t2,t3,t4
        m1,0.10,0.20,0.30,0.40
        m2,0.20,0.30,,0.50
        m3,0.30,0.40,0.50,0.60
        <b>m4</b>,0.40,,0.60,0.70
        m5,0.50,0.60,0.70,
        m6,0.60,0.70,0.80,0.90
        m7,0.15,0.25,0.35,0.45
        m8,0.35,0.45,0.55,0.65
        """;

    // Twelve models in two families whose scores rise with size; each has one or two cells missing.
    private static readonly string FactorTable = "model,family,size,t1,t2,t3\n" + string.Concat(Enumerable.Range(1, 12).Select(i =>
        FormattableString.Invariant($"m{i},{(i % 2 == 0 ? "even" : "odd")},{i},{0.05 * i:0.00},{(i % 3 == 0 ? "" : (0.04 * i + 0.1).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))},{(i % 4 == 1 ? "" : (0.03 * i + 0.2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))}\n")));

    public MatrixPageTests()
    {
        Store.UpsertExample("example-small", "Small matrix", Table, isSynthetic: true);
        Store.UpsertExample("example-factors", "Small matrix with factors", FactorTable, isSynthetic: true);
        Store.UpsertExample("example-tasks", "Task factors", "task,ability,shots\nt1,reasoning,0\nt2,knowledge,5\nt3,reasoning,25\n", isSynthetic: true);
        AddAnalysisServices();
    }

    [Fact]
    public void Link_TrainsAndShowsTheCompletedMatrix_WithPredictedCellsMarked()
    {
        var page = RenderPage<MatrixPage>("matrix?dataset=example-small&epochs=50&seeds=2&holdout=0.2");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=matrix-reading]")), TimeSpan.FromSeconds(30));
        Assert.Contains("on 8 models x 4 tasks", page.Find("[data-testid=matrix-reading]").TextContent, StringComparison.Ordinal);
        // The three missing cells are predicted and marked so; the 29 known ones are measured.
        Assert.Equal(3, page.FindAll("[data-testid=matrix-heatmap] td.predicted").Count);
        Assert.Equal(29, page.FindAll("[data-testid=matrix-heatmap] td.measured").Count);
        Assert.All(page.FindAll("td.predicted"), cell => Assert.Contains("(predicted)", cell.GetAttribute("title"), StringComparison.Ordinal));
        // The model named "<b>m4</b>" in the file is text, never markup.
        Assert.Empty(page.Find("[data-testid=matrix-heatmap]").QuerySelectorAll("b"));
        Assert.Contains("<b>m4</b>", page.Find("[data-testid=matrix-heatmap]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=rank-definition]"));
    }

    [Fact]
    public void BadLinkValues_KeepTheirDefaults_AndAreNamed()
    {
        var page = RenderPage<MatrixPage>("matrix?dataset=example-small&latent=0&holdout=2&method=deep");

        var problems = string.Join(" | ", page.FindAll("[data-testid=link-problem]").Select(p => p.TextContent));
        Assert.Contains("latent", problems, StringComparison.Ordinal);
        Assert.Contains("holdout", problems, StringComparison.Ordinal);
        Assert.Contains("method", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void FactorsMethodWithoutFactors_SaysWhatToChoose()
    {
        var page = RenderPage<MatrixPage>("matrix?dataset=example-small&method=factors");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=matrix-problem]")), TimeSpan.FromSeconds(30));
        Assert.Contains("design-factor column", page.Find("[data-testid=matrix-problem]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FactorMethod_ShowsShapleyBars_ThatSumToTheLossDifference()
    {
        var page = RenderPage<MatrixPage>("matrix?dataset=example-factors&method=ncf-factors&factors=family,size&epochs=40&seeds=1&holdout=0.2");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=shapley-bars]")), TimeSpan.FromSeconds(60));
        var rows = page.FindAll("[data-testid=shapley-bars] .shapley-row");
        Assert.Equal(["family", "size"], rows.Select(r => r.QuerySelector(".shapley-name")!.TextContent).Order());
        Assert.Contains("they sum to the difference", page.Find("[data-testid=shapley-reading]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskFactorTableInTheLink_AddsItsFactorsToTheShapleyBars()
    {
        var page = RenderPage<MatrixPage>("matrix?dataset=example-factors&method=ncf-factors&factors=size&tdata=example-tasks&tfactors=ability,shots&epochs=40&seeds=1&holdout=0.2");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=shapley-bars]")), TimeSpan.FromSeconds(60));
        var names = page.FindAll("[data-testid=shapley-bars] .shapley-name").Select(n => n.TextContent).Order();
        Assert.Equal(["ability", "shots", "size"], names);
        Assert.Empty(page.FindAll("[data-testid=matrix-problem]"));
    }

    [Fact]
    public void TaskFactorTableThatDoesNotExist_IsNamedAsMissing()
    {
        var page = RenderPage<MatrixPage>("matrix?dataset=example-factors&method=ncf-factors&factors=size&tdata=gone&tfactors=ability&epochs=20&seeds=1");

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=matrix-problem]"),
            p => p.TextContent.StartsWith("The task-factor table this view names does not exist", StringComparison.Ordinal)), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void ReRender_KeepsTheSamePlotModel_SoNothingIsRedrawn()
    {
        var page = RenderPage<MatrixPage>("matrix?dataset=example-small&epochs=20&seeds=1&holdout=0.2");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindComponents<Bunit.TestDoubles.Stub<ScalingDashboard.Web.Components.Plots.ScalingPlot>>()), TimeSpan.FromSeconds(30));
        var before = page.FindComponents<Bunit.TestDoubles.Stub<ScalingDashboard.Web.Components.Plots.ScalingPlot>>()[0].Instance.Parameters["Model"];

        // Any event re-renders the page (as each progress line does while a model trains).
        page.Find("[data-testid=copy-link]").Click();

        var after = page.FindComponents<Bunit.TestDoubles.Stub<ScalingDashboard.Web.Components.Plots.ScalingPlot>>()[0].Instance.Parameters["Model"];
        Assert.Same(before, after);
    }
}
