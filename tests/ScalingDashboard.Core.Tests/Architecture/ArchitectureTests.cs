using System.Xml.Linq;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Tests.Architecture;

/// <summary>
/// Dependency rules that code review alone lets slip: Core stays free of UI, Fitting does not reach into Validation
/// (Validation builds on Fitting, so the reverse would be a loop), and each Web page folder stands alone.
/// Each failure lists the offending files so the fix is one hop away.
/// </summary>
public class ArchitectureTests
{
    /// <summary>What Core must not know about: the web host and the two UI libraries.</summary>
    private static readonly string[] UiNames = ["Microsoft.AspNetCore", "MudBlazor", "Plotly"];

    private static readonly string CoreFolder = SourceTree.Folder("src/ScalingDashboard.Core");

    [Fact]
    public void CoreProject_PackagesAndFrameworks_IncludeNoUi()
    {
        var project = Path.Combine(CoreFolder, "ScalingDashboard.Core.csproj");
        // The shared props are imported by Core too, so a reference added there would reach Core just the same.
        var files = new[] { project, SourceTree.Folder("src/Directory.Build.props") };
        var offenders = new List<string>();
        foreach (var file in files)
        {
            var document = XDocument.Load(file);
            var sdk = document.Root?.Attribute("Sdk")?.Value;
            if (sdk is not null && !string.Equals(sdk, "Microsoft.NET.Sdk", StringComparison.Ordinal))
            {
                // Microsoft.NET.Sdk.Web / .Razor bring ASP.NET Core in without any PackageReference.
                offenders.Add($"{SourceTree.Relative(file)}: Sdk=\"{sdk}\"");
            }

            offenders.AddRange(document.Descendants()
                .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference" or "ProjectReference" or "Reference")
                .Select(e => e.Attribute("Include")?.Value ?? "")
                .Where(MentionsUi)
                .Select(include => $"{SourceTree.Relative(file)}: {include}"));
        }

        Assert.True(offenders.Count == 0, "Core must not reference UI packages or frameworks:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void CoreSources_UiNamespaces_AreNotMentioned()
    {
        var offenders = UiNames.SelectMany(name => SourceTree.LinesMentioning(SourceTree.Files(CoreFolder, ".cs"), name)).ToList();

        Assert.True(offenders.Count == 0, "Core source mentions a UI namespace:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void CoreAssembly_ReferencedAssemblies_IncludeNoUi()
    {
        // The compiled view catches what text cannot: a transitive package whose types Core ends up using.
        var offenders = typeof(FitRequest).Assembly.GetReferencedAssemblies()
            .Select(a => a.FullName)
            .Where(MentionsUi)
            .ToList();

        Assert.True(offenders.Count == 0, "ScalingDashboard.Core references UI assemblies:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void FittingSources_ValidationNamespace_IsNotMentioned()
    {
        var offenders = SourceTree.LinesMentioning(
            SourceTree.Files(Path.Combine(CoreFolder, "Fitting"), ".cs"), "ScalingDashboard.Core.Validation").ToList();

        Assert.True(offenders.Count == 0,
            "Core/Fitting must not use Core.Validation (Validation uses Fitting; move what Fitting needs into Fitting):\n"
            + string.Join('\n', offenders));
    }

    [Fact]
    public void WebPageFolders_OtherPageFolders_AreNotMentioned()
    {
        var pages = SourceTree.Folder("src/ScalingDashboard.Web/Components/Pages");
        var features = Directory.GetDirectories(pages).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.NotEmpty(features);

        var offenders = features.SelectMany(feature => features
                .Where(other => other != feature)
                .SelectMany(other => SourceTree.LinesMentioning(SourceTree.Files(Path.Combine(pages, feature)), $"Components.Pages.{other}")
                    // "Components.Pages.Data" must not match inside "Components.Pages.DataSets".
                    .Where(line => MentionsNamespace(line, $"Components.Pages.{other}"))))
            .ToList();

        Assert.True(offenders.Count == 0,
            "A page folder uses another page folder; move the shared part out of Components/Pages:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void WebServices_PageFolders_AreNotMentioned()
    {
        var offenders = SourceTree.LinesMentioning(
            SourceTree.Files(SourceTree.Folder("src/ScalingDashboard.Web/Services")), "Components.Pages").ToList();

        Assert.True(offenders.Count == 0,
            "Services must not depend on pages (pages use services, not the reverse):\n" + string.Join('\n', offenders));
    }

    private static bool MentionsUi(string text) =>
        UiNames.Any(name => text.Contains(name, StringComparison.OrdinalIgnoreCase));

    private static bool MentionsNamespace(string line, string name)
    {
        for (var at = line.IndexOf(name, StringComparison.Ordinal); at >= 0; at = line.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (end == line.Length || !char.IsLetterOrDigit(line[end]) && line[end] != '_')
            {
                return true;
            }
        }

        return false;
    }
}
