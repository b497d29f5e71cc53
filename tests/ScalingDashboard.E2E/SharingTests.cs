using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Services;

namespace ScalingDashboard.E2E;

/// <summary>
/// The sharing model in two real browsers (separate contexts, so separate localStorage): a link reads, only the
/// uploading browser changes or deletes, and a second browser that edits roles gets a copy of its own.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class SharingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SecondBrowser_CanReadButNeitherChangeNorDelete_TheOwnerCan()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"e2e-share-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "model,#Params (B),MMLU,ARC\nA-1B,1,31%,30%\nA-7B,7,45%,41%\nA-70B,70,68%,60%\n");
        var store = fixture.Server.Services.GetRequiredService<IDatasetStore>();
        try
        {
            var owner = await fixture.NewPageAsync();
            await owner.GotoAsync("/data");
            // The drop zone answers clicks once the page is interactive, which the example's drawn plot shows.
            await owner.Locator("[data-testid=score-vs-parameters] .js-plotly-plot svg.main-svg").First.WaitForAsync();
            var chooser = await owner.RunAndWaitForFileChooserAsync(() => owner.Locator(".upload-zone").ClickAsync());
            await chooser.SetFilesAsync(csv);
            await owner.GetByTestId("confirm-mapping").ClickAsync();
            await owner.WaitForURLAsync(new Regex("dataset=[A-Za-z0-9_-]{20,}"));
            var id = Regex.Match(owner.Url, "dataset=([A-Za-z0-9_-]+)").Groups[1].Value;
            var rolesBefore = store.Find(id)!.RoleOverrides.ToDictionary();

            // Another browser with the link: it reads the data, and "Column roles" makes its own copy.
            var other = await fixture.NewPageAsync();
            await other.GotoAsync($"/data?dataset={id}");
            await other.GetByTestId("leaderboard-grid").GetByText("A-70B").WaitForAsync();
            // The grid is in the prerendered page already; a click before the page is interactive does nothing.
            await other.Locator("[data-testid=score-vs-parameters] .js-plotly-plot svg.main-svg").First.WaitForAsync();
            await other.GetByTestId("edit-roles").ClickAsync();
            await other.Locator(".mud-dialog").GetByText("ARC").First.WaitForAsync();
            await other.GetByTestId("confirm-mapping").ClickAsync();
            await other.GetByTestId("data-notice").WaitForAsync();
            Assert.Contains("saved as your own copy", await other.GetByTestId("data-notice").InnerTextAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(id, other.Url, StringComparison.Ordinal);
            Assert.Equal(rolesBefore, store.Find(id)!.RoleOverrides.ToDictionary());

            // Its id pasted into the other browser's own list does not let it delete the owner's upload.
            await other.EvaluateAsync($"() => localStorage.setItem('scalingDashboard.datasets', JSON.stringify(['{id}']))");
            await other.GotoAsync($"/data?dataset={id}");
            await other.Locator("[data-testid=score-vs-parameters] .js-plotly-plot svg.main-svg").First.WaitForAsync();
            await other.GetByRole(AriaRole.Button, new() { Name = $"Delete {Path.GetFileName(csv)}" }).ClickAsync();
            await other.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
            await other.GetByTestId("data-notice").WaitForAsync();
            Assert.Contains("Only the browser that uploaded", await other.GetByTestId("data-notice").InnerTextAsync(), StringComparison.Ordinal);
            Assert.NotNull(store.Find(id));
            await other.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "data-sharing-refused.png"), FullPage = true });

            // The owner can.
            await owner.GotoAsync($"/data?dataset={id}");
            await owner.Locator("[data-testid=score-vs-parameters] .js-plotly-plot svg.main-svg").First.WaitForAsync();
            await owner.GetByRole(AriaRole.Button, new() { Name = $"Delete {Path.GetFileName(csv)}" }).ClickAsync();
            await owner.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
            await Eventually.Expect(() =>
            {
                Assert.Null(store.Find(id));
                return Task.CompletedTask;
            });
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
