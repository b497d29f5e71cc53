using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Components.Pages.Data;

namespace ScalingDashboard.Web.Tests.Components.Pages.Data;

public sealed class MappingDialogTests : DashboardTestContext
{
    private const string Table = "name,size,MMLU,notes\nA,7B,0.45,x\nB,70B,0.68,y\n";

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Reference)> ShowAsync(string text)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<MappingDialog> { { d => d.FileName, "board.csv" }, { d => d.Draft, new DraftText(text) } };
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<MappingDialog>("roles", parameters));
        return (provider, reference);
    }

    [Fact]
    public async Task Confirm_WithoutChanges_ReturnsEveryColumnsDetectedRole()
    {
        var (provider, reference) = await ShowAsync(Table);

        provider.Find("[data-testid=confirm-mapping]").Click();
        var result = await reference.Result;

        var roles = Assert.IsAssignableFrom<IReadOnlyDictionary<string, ColumnRole>>(result!.Data);
        Assert.Equal(ColumnRole.ModelName, roles["name"]);
        Assert.Equal(ColumnRole.Parameters, roles["size"]);
        Assert.Equal(ColumnRole.Score, roles["MMLU"]);
        Assert.Equal(4, roles.Count);
    }

    [Fact]
    public async Task ChangeRole_ThenConfirm_ReturnsTheChosenRole()
    {
        var (provider, reference) = await ShowAsync(Table);
        var select = provider.FindComponents<MudSelect<ColumnRole>>()[2];

        await provider.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(ColumnRole.Ignore));
        provider.Find("[data-testid=confirm-mapping]").Click();
        var result = await reference.Result;

        var roles = Assert.IsAssignableFrom<IReadOnlyDictionary<string, ColumnRole>>(result!.Data);
        Assert.Equal(ColumnRole.Ignore, roles["MMLU"]);
    }

    [Fact]
    public async Task Dialog_CancelClicked_ReturnsCanceledResult()
    {
        var (provider, reference) = await ShowAsync(Table);

        provider.FindAll("button").First(b => b.TextContent.Contains("Cancel", StringComparison.Ordinal)).Click();
        var result = await reference.Result;

        Assert.True(result!.Canceled);
    }

    [Fact]
    public async Task Dialog_UnreadableCell_ListsTheWarningWithItsPlace()
    {
        var (provider, _) = await ShowAsync("name,size,MMLU\nA,7B,0.45\nB,lots,0.68\nC,13B,0.5\nD,70B,0.7\n");

        var issues = provider.Find("[data-testid=import-issues]").TextContent;
        Assert.Contains("row 3, column 'size'", issues, StringComparison.Ordinal);
    }
}
