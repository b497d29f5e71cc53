using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using ScalingDashboard.Web.Components.Pages.Data;
using ScalingDashboard.Web.Components.Plots;
using ScalingDashboard.Web.Services;

namespace ScalingDashboard.Web.Tests.Components.Pages.Data;

public sealed class DataPageTests : DashboardTestContext
{
    private const string Ladder = """
        model,family,params,tokens,mmlu,arc
        Small,alpha,100M,2B,0.30,0.41
        Medium,alpha,1B,20B,0.42,0.55
        <b>Large</b>,beta,10B,200B,0.61,0.72
        """;

    public DataPageTests() => Store.UpsertExample("example-ladder", "Test ladder", Ladder, isSynthetic: true);

    private IRenderedComponent<IComponent> RenderPage(string url = "data")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<DataPage>(2);
            builder.CloseComponent();
        });
    }

    [Fact]
    public void FirstStart_OpensFirstExample_WithSyntheticLabelAndGrid()
    {
        var page = RenderPage();

        Assert.Contains("Test ladder", page.Find("[data-testid=dataset-header]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=synthetic-chip]"));
        Assert.Contains("3 models", page.Find("[data-testid=dataset-size]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Medium", page.Find("[data-testid=leaderboard-grid]").TextContent, StringComparison.Ordinal);
        // The first benchmark is chosen and drawn against parameter count.
        var plot = page.FindComponent<Stub<ScalingPlot>>();
        var model = Assert.IsType<PlotModel>(plot.Instance.Parameters[nameof(ScalingPlot.Model)]);
        Assert.Equal("mmlu against model size", model.Title);
        Assert.Equal(3, model.Series.Sum(s => s.X.Count));
    }

    [Fact]
    public void Grid_ModelNameWithMarkup_IsShownAsText()
    {
        var page = RenderPage();

        var grid = page.Find("[data-testid=leaderboard-grid]");
        Assert.Contains("<b>Large</b>", grid.TextContent, StringComparison.Ordinal);
        Assert.Empty(grid.QuerySelectorAll("b"));
    }

    [Fact]
    public void Link_MissingDataset_SaysSoAndShowsNoTable()
    {
        var page = RenderPage("data?dataset=NoSuchDataset123");

        Assert.Contains("does not exist", page.Find("[data-testid=link-problem]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=leaderboard-grid]"));
    }

    [Fact]
    public void Link_UnknownBenchmark_FallsBackAndSaysSo()
    {
        var page = RenderPage("data?dataset=example-ladder&benchmark=nonexistent");

        Assert.Contains("does not have", page.Find("[data-testid=link-problem]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Medium", page.Find("[data-testid=leaderboard-grid]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Upload_HeaderOnlyFile_ShowsErrorAndKeepsOpenDataset()
    {
        var page = RenderPage();

        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText("model,params\n", "empty.csv"));

        page.WaitForAssertion(() =>
            Assert.Contains("'empty.csv' could not be imported", page.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Test ladder", page.Find("[data-testid=dataset-header]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Upload_OneByteOverTheLimit_DoesNotReadAsTheLimit()
    {
        // 1 MB + 1 byte used to read "is 1 MB; the limit is 1 MB".
        var page = RenderPage();
        var text = "model,score\n" + new string('a', 1_048_577 - "model,score\n".Length);

        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText(text, "edge.csv"));

        page.WaitForAssertion(() =>
            Assert.Contains("is 1 MB (1,048,577 bytes); the limit is 1 MB (1,048,576 bytes)", page.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Upload_OverTheSizeLimit_NamesTheLimit()
    {
        var page = RenderPage();
        var big = "model,score\n" + string.Concat(Enumerable.Repeat("a-model-with-a-long-name,0.5\n", 50_000));

        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText(big, "big.csv"));

        page.WaitForAssertion(() =>
            Assert.Contains("is 1.4 MB (1,450,012 bytes); the limit is 1 MB (1,048,576 bytes)", page.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Test ladder", page.Find("[data-testid=dataset-header]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Upload_OverThisBrowsersShare_IsRefusedBeforeReadingAndNamesTheLimit()
    {
        // 0.0001 MB is 104 bytes: the 108-byte file does not fit, and nothing is stored.
        Services.GetRequiredService<IOptions<DashboardOptions>>().Value.UploadMegabytesPerBrowser = 0.0001;
        var page = RenderPage();
        var text = "model,params,mmlu\n" + string.Concat(Enumerable.Range(0, 6).Select(i => $"model-{i},{i + 1}B,0.{i + 3}\n"));

        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText(text, "share.csv"));

        page.WaitForAssertion(() => Assert.Equal(
            "'share.csv' was not uploaded: This browser's uploads already take 0 bytes of the 104 bytes each browser may keep here, and this file needs 108 bytes. Delete uploads you no longer need from the list on the Data page.",
            page.Find("[data-testid=upload-error]").TextContent.Trim()));
        Assert.Equal(0, Store.UploadedBytes(null).AllUploadsBytes);
    }

    [Fact]
    public async Task Upload_ValidFile_MappingDialogThenStoredAndOpened()
    {
        var page = RenderPage();
        var input = page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>();

        // The upload handler waits for the dialog, so the upload runs on another thread while the test answers it.
        var upload = Task.Run(() => input.UploadFiles(
            InputFileContent.CreateFromText("model;#Params (B);MMLU\nA;7;45%\nB;70;68%\n", "board.csv")));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=confirm-mapping]")), TimeSpan.FromSeconds(10));
        var dialog = page.FindComponent<MappingDialog>();
        Assert.Contains("semicolon", dialog.Markup, StringComparison.Ordinal);
        Assert.Contains("parameters (count)", dialog.Markup, StringComparison.Ordinal);
        page.Find("[data-testid=confirm-mapping]").Click();
        await upload.WaitAsync(TimeSpan.FromSeconds(10));

        // Stored and opened: the handler may finish on the renderer's schedule, so wait for the address.
        page.WaitForAssertion(() => Assert.Contains("dataset=", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var url = Services.GetRequiredService<NavigationManager>().Uri;
        var id = url[(url.IndexOf("dataset=", StringComparison.Ordinal) + "dataset=".Length)..].Split('&')[0];
        var stored = Store.Find(id);
        Assert.NotNull(stored);
        Assert.Equal("board.csv", stored.Name);
        Assert.Equal(ScalingDashboard.Core.Data.ColumnRole.Parameters, stored.RoleOverrides["#Params (B)"]);
        page.WaitForAssertion(() =>
            Assert.Contains("board.csv", page.Find("[data-testid=dataset-header]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteUpload_AfterConfirming_RemovesItFromStoreAndList()
    {
        var upload = Store.Add("mine.csv", "model,mmlu\na,0.5\nb,0.6\nc,0.7\n", new Dictionary<string, ScalingDashboard.Core.Data.ColumnRole>());
        JSInterop.Setup<string?>("localStorage.getItem", "scalingDashboard.datasets").SetResult($"[{{\"id\":\"{upload.Id}\",\"key\":\"{upload.OwnerKey}\"}}]");
        var page = await ConfirmDeleteAsync(upload.Id, "mine.csv");

        // The handler resumes after the box closes, on the renderer's own schedule: wait for its effects.
        page.WaitForAssertion(() => Assert.Null(Store.Find(upload.Id)), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.EndsWith("/data", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task DeleteUpload_OfAnotherBrowser_LeavesItForEveryoneAndSaysSo()
    {
        // Someone pasted another browser's id into this browser's list (an older list format, with no key).
        var theirs = Store.Add("theirs.csv", "model,mmlu\na,0.5\nb,0.6\nc,0.7\n", new Dictionary<string, ScalingDashboard.Core.Data.ColumnRole>());
        JSInterop.Setup<string?>("localStorage.getItem", "scalingDashboard.datasets").SetResult($"[\"{theirs.Id}\"]");
        var page = await ConfirmDeleteAsync(theirs.Id, "theirs.csv");

        page.WaitForAssertion(() => Assert.Contains("Only the browser that uploaded 'theirs.csv' can delete it",
            page.Find("[data-testid=data-notice]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.NotNull(Store.Find(theirs.Id));
    }

    [Fact]
    public async Task EditRoles_OfAnotherBrowsersUpload_MakesACopyAndLeavesTheOriginal()
    {
        var theirs = Store.Add("theirs.csv", "model,mmlu,arc\na,0.5,0.3\nb,0.6,0.4\nc,0.7,0.5\n",
            new Dictionary<string, ScalingDashboard.Core.Data.ColumnRole> { ["arc"] = ScalingDashboard.Core.Data.ColumnRole.Score });
        var page = RenderPage($"data?dataset={theirs.Id}");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=edit-roles]")), TimeSpan.FromSeconds(10));

        var edit = Task.Run(() => page.Find("[data-testid=edit-roles]").Click());
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=confirm-mapping]")), TimeSpan.FromSeconds(10));
        page.Find("[data-testid=confirm-mapping]").Click();
        await edit.WaitAsync(TimeSpan.FromSeconds(10));

        page.WaitForAssertion(() => Assert.Contains("uploaded from another browser, so your column roles were saved as your own copy",
            page.Find("[data-testid=data-notice]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var url = Services.GetRequiredService<NavigationManager>().Uri;
        Assert.DoesNotContain(theirs.Id, url, StringComparison.Ordinal);
        // The original is byte for byte what its owner stored.
        var original = Store.Find(theirs.Id)!;
        Assert.Equal("theirs.csv", original.Name);
        Assert.Equal(ScalingDashboard.Core.Data.ColumnRole.Score, Assert.Single(original.RoleOverrides).Value);
    }

    private async Task<IRenderedComponent<IComponent>> ConfirmDeleteAsync(string id, string name)
    {
        var page = RenderPage($"data?dataset={id}");
        page.WaitForAssertion(() => Assert.Contains(name, page.Find("[data-testid=dataset-list]").TextContent, StringComparison.Ordinal));

        // The delete handler waits for the confirmation box, so click on another thread and answer it here.
        var delete = Task.Run(() => page.Find("[data-testid=delete-dataset]").Click());
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Delete"), TimeSpan.FromSeconds(10));
        page.FindAll("button").First(b => b.TextContent.Trim() == "Delete").Click();
        await delete.WaitAsync(TimeSpan.FromSeconds(10));
        return page;
    }
}
